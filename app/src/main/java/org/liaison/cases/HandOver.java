package org.liaison.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One link of the chain of custody: who handed the item to whom, when and where, and who recorded it. */
public record HandOver(int seq, String fromHolder, String toHolder, Instant handedAt, String place,
                       @Nullable String note, String recordedBy, Instant recordedAt) {
}
