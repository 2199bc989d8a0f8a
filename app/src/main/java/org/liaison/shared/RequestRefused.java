package org.liaison.shared;

/**
 * A request a use case refused ({@link Forbidden}) or answered "not found" ({@link NotFound}), published where
 * domain errors become answers so that the identity module audits it against the officer who asked. A record
 * outside the officer's reach is answered 404 like one that does not exist, not to reveal that it exists; the
 * entry cannot tell the two apart either, and records both.
 */
public record RequestRefused(String request, int status, String reason) {
}
