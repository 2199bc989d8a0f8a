package org.liaison.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/** A member node of the federation: where it answers and the public key its messages are signed with. */
public record Node(NodeId id, String country, String baseUrl, @Nullable String publicJwk, NodeStatus status) {

    /** First 16 hex digits of the SHA-256 of the JWK text, for comparing keys by eye; null without a key. */
    public @Nullable String fingerprint() {
        if (publicJwk == null) {
            return null;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(publicJwk.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
