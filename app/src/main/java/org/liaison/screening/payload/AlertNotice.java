package org.liaison.screening.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.payload.Payload;

/**
 * An alert as partners receive it (category ALERT, version 1): the issuer's reference, the notice type and status,
 * who or what it is about (names in the original script and Latin letters, aliases and documents one per line),
 * and what to do on a hit. Enumerated fields carry this node's constant names; unknown ones are read as defaults.
 */
public record AlertNotice(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @Nullable @Size(max = Payload.TEXT) String noticeType,
        @Nullable @Size(max = Payload.TEXT) String validUntil,
        @Nullable @Size(max = Payload.TEXT) String reviewOn,
        @Nullable @Size(max = Payload.TEXT) String alertStatus,
        @Nullable @Size(max = Payload.TEXT) String subjectKind,
        @Nullable @Size(max = Payload.TEXT) String action,
        @Nullable @Size(max = Payload.TEXT) String name,
        @Nullable @Size(max = Payload.TEXT) String nativeName,
        @Nullable @Size(max = Payload.TEXT) String aliases,
        @Nullable @Size(max = Payload.TEXT) String dateOfBirth,
        @Nullable @Size(max = Payload.TEXT) String nationality,
        @Nullable @Size(max = Payload.TEXT) String gender,
        @Nullable @Size(max = Payload.TEXT) String documents,
        @Nullable @Size(max = Payload.TEXT) String identifier) implements Payload {
}
