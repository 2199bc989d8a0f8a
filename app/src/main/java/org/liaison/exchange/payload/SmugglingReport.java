package org.liaison.exchange.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Smuggled goods: what, where and when. */
public record SmugglingReport(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @Nullable @Size(max = Payload.TEXT) String goods,
        @Nullable @Size(max = Payload.TEXT) String location,
        @Nullable @Size(max = Payload.TEXT) String incidentDate) implements Payload {
}
