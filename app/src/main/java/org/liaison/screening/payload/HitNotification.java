package org.liaison.screening.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.payload.Payload;

/**
 * A confirmed hit reported to the alert's issuer (category HIT_NOTIFICATION, version 1): which alert, where and
 * when the traveller was found, and what their papers said.
 */
public record HitNotification(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @Nullable @Size(max = Payload.TEXT) String alertReference,
        @Nullable @Size(max = Payload.TEXT) String checkpoint,
        @Nullable @Size(max = Payload.TEXT) String foundOn,
        @Nullable @Size(max = Payload.TEXT) String travellerName,
        @Nullable @Size(max = Payload.TEXT) String dateOfBirth,
        @Nullable @Size(max = Payload.TEXT) String nationality,
        @Nullable @Size(max = Payload.TEXT) String document) implements Payload {
}
