package org.liaison.committees;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.MeetingForm;
import org.liaison.committees.internal.Texts;

/** What a secretary records about a meeting; the web form builds it from its flat fields. */
public record MeetingDraft(
        @Min(value = 1, message = "{committees.validation.sequence}")
        @Max(value = 999, message = "{committees.validation.sequence}") @Nullable Integer sequence,
        @NotNull(message = "{committees.validation.required}") @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable Boolean dateApproximate,
        @NotBlank(message = "{committees.validation.required}")
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String place,
        @NotNull(message = "{committees.validation.required}") @Nullable MeetingForm form,
        @Size(max = 40, message = "{committees.validation.size}") @Nullable List<@Valid Participant> participants,
        @Size(max = 40, message = "{committees.validation.size}")
        @Nullable List<@Size(max = 500, message = "{committees.validation.size}") String> agenda,
        @Size(max = 20000, message = "{committees.validation.size}") @Nullable String minutes,
        @Nullable LocalDate nextMeetingOn) {

    public MeetingDraft {
        place = Texts.optional(place);
        dateApproximate = Boolean.TRUE.equals(dateApproximate);
        participants = participants == null ? List.of() : List.copyOf(participants);
        agenda = Texts.list(agenda);
        minutes = Texts.optional(minutes);
        if (endsOn == null) {
            endsOn = startsOn;
        }
    }

    public String summary() {
        return "sequence=" + sequence + " from=" + startsOn + " to=" + endsOn + " place=" + place + " form=" + form;
    }
}
