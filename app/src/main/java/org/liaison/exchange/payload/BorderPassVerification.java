package org.liaison.exchange.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The verdict on a border pass checked at a checkpoint. */
public record BorderPassVerification(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @Nullable @Size(max = Payload.TEXT) String passNumber,
        @Nullable @Size(max = Payload.TEXT) String verdict) implements Payload {
}
