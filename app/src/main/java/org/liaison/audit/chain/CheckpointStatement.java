package org.liaison.audit.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The exact bytes a checkpoint signature covers. A fixed, versioned text layout so any verifier can rebuild
 * them from the stored columns without a JSON library agreeing on field order.
 */
public final class CheckpointStatement {

    public static final String TYPE = "liaison-audit-checkpoint";

    private CheckpointStatement() {
    }

    public static byte[] bytes(long seq, String hash, Instant signedAt) {
        var text = TYPE + "/1\nseq=" + seq + "\nhash=" + hash + "\nsigned-at=" + signedAt.getEpochSecond() + "."
                + String.format("%09d", signedAt.getNano()) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
