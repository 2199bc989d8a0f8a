package org.liaison.audit.verifier;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.Verification.Kind;
import org.liaison.audit.Verification.Problem;
import org.liaison.audit.chain.ChainHash;

/**
 * Follows the chain one entry at a time in seq order, keeping only the previous entry, so memory stays
 * constant however long the chain is. Checks, in this order: continuity of seq, the link to the previous
 * hash, the entry's own hash, then time. The link comes before the content so that an inserted or
 * re-hashed entry is reported as a broken link rather than as an edit.
 */
public final class ChainWalk {

    private final Duration tolerance;
    private @Nullable AuditEntry previous;
    private long checked;

    ChainWalk(Duration tolerance) {
        this.tolerance = tolerance;
    }

    @Nullable Problem accept(AuditEntry entry) {
        checked++;
        var problem = sequence(entry);
        if (problem == null) {
            problem = link(entry);
        }
        if (problem == null) {
            problem = content(entry);
        }
        if (problem == null) {
            problem = time(entry);
        }
        previous = entry;
        return problem;
    }

    long checked() {
        return checked;
    }

    /** The last seq read; 0 before the first entry. */
    long lastSeq() {
        return previous == null ? 0 : previous.seq();
    }

    private @Nullable Problem sequence(AuditEntry entry) {
        long expected = lastSeq() + 1;
        if (previous != null && entry.seq() <= previous.seq()) {
            return new Problem(entry.seq(), Kind.OUT_OF_ORDER,
                    "seq " + entry.seq() + " comes after seq " + previous.seq() + ": sequence numbers must increase");
        }
        if (entry.seq() > expected) {
            var range = entry.seq() - 1 == expected ? "entry " + expected : "entries " + expected + " to " + (entry.seq() - 1);
            return new Problem(expected, Kind.MISSING,
                    range + " missing before seq " + entry.seq() + ": deleted from the log");
        }
        return null;
    }

    private @Nullable Problem link(AuditEntry entry) {
        var expected = previous == null ? ChainHash.GENESIS : previous.hash();
        if (entry.prevHash().equals(expected)) {
            return null;
        }
        var what = previous == null ? "the genesis hash" : "the hash of seq " + previous.seq();
        return new Problem(entry.seq(), Kind.BROKEN_LINK, "its previous hash " + abbreviate(entry.prevHash())
                + " is not " + what + " (" + abbreviate(expected) + "): an entry was inserted, reordered or re-hashed");
    }

    private @Nullable Problem content(AuditEntry entry) {
        var recomputed = entry.computedHash();
        if (recomputed.equals(entry.hash())) {
            return null;
        }
        return new Problem(entry.seq(), Kind.TAMPERED, "its stored hash " + abbreviate(entry.hash())
                + " is not the hash of its fields (" + abbreviate(recomputed) + "): a field was edited");
    }

    private @Nullable Problem time(AuditEntry entry) {
        if (previous == null || !entry.occurredAt().isBefore(previous.occurredAt().minus(tolerance))) {
            return null;
        }
        return new Problem(entry.seq(), Kind.OUT_OF_ORDER, "it happened at " + entry.occurredAt()
                + ", before seq " + previous.seq() + " at " + previous.occurredAt() + " (tolerance " + tolerance + ")");
    }

    public static String abbreviate(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }
}
