package org.liaison.committees;

import org.jspecify.annotations.Nullable;

/** A decision recorded in a meeting's minutes, numbered within the meeting; it may create action items. */
public record Decision(DecisionId id, MeetingId meeting, int number, String text, @Nullable String nativeText) {
}
