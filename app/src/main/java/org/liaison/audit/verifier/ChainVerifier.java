package org.liaison.audit.verifier;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.Checkpoint;
import org.liaison.audit.CheckpointKeys;
import org.liaison.audit.Outcome;
import org.liaison.audit.Verification.Kind;
import org.liaison.audit.Verification.Problem;
import org.liaison.audit.Verification;
import org.liaison.audit.WitnessHead;
import org.liaison.audit.cli.VerifyCommand;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Recomputes every hash and link of the audit chain and compares it with the signed checkpoints, naming the
 * first bad entry. Plain JDBC over any {@link DataSource}, so it runs inside the node ({@link AuditLog}),
 * from the operator's {@link VerifyCommand} and in benchmarks alike. Rows are streamed in seq order with a
 * cursor, so memory use does not grow with the chain. Everything is read in one repeatable-read snapshot:
 * entries and checkpoints appended while it runs cannot make a consistent chain look truncated.
 *
 * <p>Checkpoints alone cannot reveal a rewrite by someone who holds the node's database and its secret: they can
 * re-sign. Heads that partners witnessed ({@link WitnessHead}), checked with keys pinned outside the node, can.
 */
public final class ChainVerifier {

    /** How far an entry's time may lie before its predecessor's: clocks of several instances differ a little. */
    public static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofSeconds(5);
    private static final int FETCH_SIZE = 5_000;
    private static final String ENTRIES = """
            select seq, occurred_at, actor, agency, action, subject, outcome, request_id, details, prev_hash, hash
            from audit_entry order by seq""";
    private static final String CHECKPOINTS = """
            select c.id, c.seq, c.hash, c.signed_at, c.key_id, c.signature, e.hash
            from audit_checkpoint c left join audit_entry e on e.seq = c.seq order by c.seq, c.id""";

    private final DataSource dataSource;
    private final @Nullable CheckpointKeys keys;
    private final List<WitnessHead> witnessed;
    private final Duration tolerance;

    /** @param keys the node's public keys; null skips signature checks */
    public ChainVerifier(DataSource dataSource, @Nullable CheckpointKeys keys) {
        this(dataSource, keys, List.of(), DEFAULT_CLOCK_TOLERANCE);
    }

    /** @param witnessed heads of this chain that partners hold, checked with {@code keys} */
    public ChainVerifier(DataSource dataSource, @Nullable CheckpointKeys keys, List<WitnessHead> witnessed,
                         Duration clockTolerance) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.witnessed = List.copyOf(witnessed);
        this.tolerance = clockTolerance;
    }

    /** Reads the whole chain and its checkpoints; never writes. */
    public Verification verify() {
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setAutoCommit(false);
            }
            try {
                return walk(connection, started);
            } finally {
                if (ownTransaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("verifying the audit chain", ENTRIES, e);
        }
    }

    private Verification walk(Connection connection, long started) throws SQLException {
        var chain = new ChainWalk(tolerance);
        var witnesses = new WitnessCheck(witnessed, keys);
        Problem chainProblem = null;
        try (var statement = connection.prepareStatement(ENTRIES)) {
            statement.setFetchSize(FETCH_SIZE);
            try (var rows = statement.executeQuery()) {
                while (chainProblem == null && rows.next()) {
                    chainProblem = readEntry(rows, chain);
                    if (chainProblem == null) {
                        chainProblem = witnesses.accept(rows.getLong(1), rows.getString(11));
                    }
                }
            }
        }
        if (chainProblem == null) {
            chainProblem = witnesses.finish(chain.lastSeq());
        }
        var checkpoints = new CheckpointCheck(keys);
        var checkpointProblem = checkCheckpoints(connection, checkpoints, chain.lastSeq());
        var first = earlier(chainProblem, checkpointProblem);
        return new Verification(chain.checked(), checkpoints.checked(), checkpoints.verifiesSignatures(),
                witnesses.checked(), first, Duration.ofNanos(System.nanoTime() - started));
    }

    private static @Nullable Problem readEntry(ResultSet rows, ChainWalk chain) throws SQLException {
        long seq = rows.getLong(1);
        var outcome = outcome(rows.getString(7));
        if (outcome == null) {
            return new Problem(seq, Kind.TAMPERED, "its outcome '" + rows.getString(7) + "' is not one the node writes");
        }
        return chain.accept(new AuditEntry(seq, rows.getObject(2, OffsetDateTime.class).toInstant(),
                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), outcome,
                rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11)));
    }

    private static @Nullable Problem checkCheckpoints(Connection connection, CheckpointCheck check, long lastSeq)
            throws SQLException {
        try (var statement = connection.prepareStatement(CHECKPOINTS)) {
            statement.setFetchSize(FETCH_SIZE);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var checkpoint = new Checkpoint(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getString(5), rows.getString(6));
                    var problem = check.accept(checkpoint, rows.getString(7), lastSeq);
                    if (problem != null) {
                        return problem;
                    }
                }
            }
        }
        return null;
    }

    /** The problem at the lower seq; on a tie the chain's own finding, which says more about what happened. */
    private static @Nullable Problem earlier(@Nullable Problem chain, @Nullable Problem checkpoint) {
        if (chain == null) {
            return checkpoint;
        }
        return checkpoint != null && checkpoint.seq() < chain.seq() ? checkpoint : chain;
    }

    private static @Nullable Outcome outcome(@Nullable String value) {
        for (var outcome : Outcome.values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        return null;
    }
}
