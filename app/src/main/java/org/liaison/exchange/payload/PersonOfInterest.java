package org.liaison.exchange.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A person the sender asks about or reports, named in the original script and in Latin letters. */
public record PersonOfInterest(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @Nullable @Size(max = Payload.TEXT) String name,
        @Nullable @Size(max = Payload.TEXT) String nativeName,
        @Nullable @Size(max = Payload.TEXT) String dateOfBirth,
        @Nullable @Size(max = Payload.TEXT) String nationality) implements Payload {
}
