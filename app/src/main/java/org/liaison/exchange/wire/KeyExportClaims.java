package org.liaison.exchange.wire;

import java.time.Instant;

/**
 * What a node's signed key export says (the JWS payload): who it is, where it answers, and the public keys
 * partners should accept, as a JWK set.
 */
public record KeyExportClaims(String node, String baseUrl, String keys, Instant issuedAt) {
}
