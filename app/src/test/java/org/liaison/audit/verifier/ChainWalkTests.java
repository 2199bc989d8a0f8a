package org.liaison.audit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.Outcome;
import org.liaison.audit.Verification.Kind;

/** The chain rules on their own, without a database. */
public class ChainWalkTests {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void acceptsAnIntactChain() {
        var walk = new ChainWalk(Duration.ofSeconds(5));
        assertThat(chain(5).stream().map(walk::accept)).containsOnlyNulls();
        assertThat(walk.checked()).isEqualTo(5);
        assertThat(walk.lastSeq()).isEqualTo(5);
    }

    @Test
    void reportsAnEntryWhoseTimeGoesBackBeyondTheTolerance() {
        var entries = chain(2);
        var late = entry(3, T0.minusSeconds(60), entries.get(1).hash());
        var walk = new ChainWalk(Duration.ofSeconds(5));
        entries.forEach(walk::accept);

        assertThat(walk.accept(late)).extracting("seq", "kind").containsExactly(3L, Kind.OUT_OF_ORDER);
    }

    @Test
    void toleratesSmallClockDifferences() {
        var entries = chain(2);
        var slightlyEarlier = entry(3, entries.get(1).occurredAt().minusSeconds(2), entries.get(1).hash());
        var walk = new ChainWalk(Duration.ofSeconds(5));
        entries.forEach(walk::accept);

        assertThat(walk.accept(slightlyEarlier)).isNull();
    }

    @Test
    void reportsAFirstEntryThatIsNotSeqOneAsMissing() {
        var walk = new ChainWalk(Duration.ofSeconds(5));
        assertThat(walk.accept(entry(3, T0, AuditEntry.GENESIS_HASH)))
                .extracting("seq", "kind").containsExactly(1L, Kind.MISSING);
    }

    /** A valid chain of {@code length} entries; public for the command's tests, which load one into a database. */
    public static List<AuditEntry> chain(int length) {
        var entries = new ArrayList<AuditEntry>();
        var prev = AuditEntry.GENESIS_HASH;
        for (int seq = 1; seq <= length; seq++) {
            var e = entry(seq, T0.plusSeconds(seq), prev);
            entries.add(e);
            prev = e.hash();
        }
        return entries;
    }

    static AuditEntry entry(long seq, Instant at, String prev) {
        var draft = new AuditEntry(seq, at, "alice", "KH/MOI", "USER_CREATED", "user:bob", Outcome.SUCCEEDED,
                null, "", prev, "");
        return new AuditEntry(seq, at, "alice", "KH/MOI", "USER_CREATED", "user:bob", Outcome.SUCCEEDED, null, "",
                prev, draft.computedHash());
    }
}
