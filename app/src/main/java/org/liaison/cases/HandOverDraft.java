package org.liaison.cases;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A hand-over to record: to whom, when (local time of the node) and where. The one handing over is the current
 * holder, never typed, so the chain has no gap.
 */
public record HandOverDraft(
        @NotBlank(message = "{cases.validation.required}") @Size(max = 200, message = "{cases.validation.size}") @Nullable String toHolder,
        @NotNull(message = "{cases.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime handedAt,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 200, message = "{cases.validation.size}") @Nullable String place,
        @Size(max = 1000, message = "{cases.validation.size}") @Nullable String note) {

    public HandOverDraft {
        toHolder = Texts.optional(toHolder);
        place = Texts.optional(place);
        note = Texts.optional(note);
    }

    public static HandOverDraft empty() {
        return new HandOverDraft(null, null, null, null);
    }
}
