package org.liaison.exchange.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The summary of a case: its number and the offence. */
public record CaseSummary(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @Nullable @Size(max = Payload.TEXT) String caseNumber,
        @Nullable @Size(max = Payload.TEXT) String offence) implements Payload {
}
