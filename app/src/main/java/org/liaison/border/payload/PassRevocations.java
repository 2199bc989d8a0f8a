package org.liaison.border.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.payload.Payload;

/**
 * A node's list of revoked border passes as partners receive it (category BORDER_PASS_VERIFICATION, version 2): the
 * list itself is a compact JWS signed by the issuing node with its own time ({@code typ liaison-revocations+jws},
 * ADR 0016), so it verifies again wherever it is passed on — in a partner's database and in an officer's browser.
 */
public record PassRevocations(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @NotBlank @Size(max = 200_000) String list) implements Payload {
}
