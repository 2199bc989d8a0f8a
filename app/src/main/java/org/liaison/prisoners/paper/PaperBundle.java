package org.liaison.prisoners.paper;

import java.util.List;
import java.util.Map;

/**
 * The signed bundle as written: {@code manifest} is a compact JWS (type {@link #TYPE}) over the {@link Manifest}'s
 * JSON, signed with the node's key whose public half is {@code publicJwk}; {@code files} holds each document,
 * base64, under the name the manifest lists with its SHA-256. The receiving state compares the key's fingerprint
 * with the one the sending state published (or handed over on paper).
 */
public record PaperBundle(String format, String node, String manifest, String publicJwk, Map<String, String> files) {

    public static final String FORMAT = "liaison-transfer-papers/1";
    public static final String TYPE = "liaison-papers+jws";

    /** What the signature covers: the plan, both states, when, and every document's name, size and SHA-256. */
    public record Manifest(String plan, String title, String from, String to, String agreement, String issuedAt,
                           List<Document> documents) {
    }

    public record Document(String name, String sha256, long bytes) {
    }
}
