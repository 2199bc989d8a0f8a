package org.liaison.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.Outcome;
import org.liaison.shared.Sha256;

/**
 * SHA-256 over an unambiguous encoding of an entry's fields and the previous entry's hash. Each field is
 * length-prefixed, so no two different entries share an encoding.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long seq, Instant occurredAt, String actor, @Nullable String agency, String action,
                     String subject, Outcome outcome, @Nullable String requestId, String details, String prevHash) {
        var digest = sha256();
        field(digest, Long.toString(seq));
        field(digest, Long.toString(occurredAt.getEpochSecond()) + "." + occurredAt.getNano());
        field(digest, actor);
        field(digest, agency);
        field(digest, action);
        field(digest, subject);
        field(digest, outcome.name());
        field(digest, requestId);
        field(digest, details);
        field(digest, prevHash);
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(AuditEntry e) {
        return of(e.seq(), e.occurredAt(), e.actor(), e.agency(), e.action(), e.subject(), e.outcome(),
                e.requestId(), e.details(), e.prevHash());
    }

    private static void field(MessageDigest digest, @Nullable String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        return Sha256.digest();
    }
}
