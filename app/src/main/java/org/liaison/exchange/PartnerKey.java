package org.liaison.exchange;

/** A public key pinned for a trusted partner node, as a public JWK: what that node signed verifies with it. */
public record PartnerKey(String node, String kid, String publicJwk) {
}
