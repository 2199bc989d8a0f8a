package org.liaison.exchange.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A seizure of drugs or precursors: what, how much, where and when. */
public record DrugSeizureReport(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @Nullable @Size(max = Payload.TEXT) String substance,
        @Nullable @Size(max = Payload.TEXT) String quantity,
        @Nullable @Size(max = Payload.TEXT) String location,
        @Nullable @Size(max = Payload.TEXT) String seizureDate) implements Payload {
}
