package org.liaison.bench.audit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.Outcome;
import org.liaison.audit.verifier.ChainVerifier;
import org.postgresql.PGConnection;
import org.slf4j.LoggerFactory;

/**
 * How long verifying a 100,000-entry audit chain takes, against reading the same rows without hashing.
 * Starts its own embedded PostgreSQL in a temporary directory, applies the app's V4_1 migration, loads a valid
 * chain computed with the app's own hash, then times {@link ChainVerifier#verify()} (goal: at most 10 s).
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * $JAVA_HOME/bin/java -cp bench/target/classes:$(cat bench/target/cp.txt) org.liaison.bench.audit.AuditVerifyBench [entries]
 * </pre>
 */
public final class AuditVerifyBench {

    private static final int RUNS = 5;

    private AuditVerifyBench() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        var dir = Files.createTempDirectory("liaison-audit-bench");
        try (var postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").start()) {
            var dataSource = postgres.getPostgresDatabase();
            applyAuditSchema(dataSource);
            long loadStart = System.nanoTime();
            load(dataSource, entries);
            System.out.printf(Locale.ROOT, "loaded %,d entries in %.1f s%n", entries, seconds(System.nanoTime() - loadStart));
            report(entries, timeVerification(dataSource, entries), timeBaseline(dataSource, entries));
        }
    }

    private static void applyAuditSchema(DataSource dataSource) throws IOException, SQLException {
        try (var in = AuditVerifyBench.class.getClassLoader().getResourceAsStream("db/migration/V4_1__audit.sql");
             var c = dataSource.getConnection(); var s = c.createStatement()) {
            if (in == null) {
                throw new IllegalStateException("db/migration/V4_1__audit.sql is not on the class path (liaison-app jar)");
            }
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A valid chain, written with COPY, the triggers allowing inserts as they do for the node. */
    private static void load(DataSource dataSource, int entries) throws SQLException, IOException {
        var actions = AuditAction.values();
        var outcomes = Outcome.values();
        var start = Instant.parse("2025-01-01T00:00:00Z");
        var prev = AuditEntry.GENESIS_HASH;
        var rows = new StringBuilder(entries * 400);
        for (int i = 1; i <= entries; i++) {
            var draft = new AuditEntry(i, start.plusMillis(i * 1_500L + i % 1000), "officer" + (i % 250),
                    i % 7 == 0 ? null : "KH/MOI", actions[i % actions.length].name(), "case:KH-2025-" + (i * 7919 % 100_000),
                    outcomes[i % 50 == 0 ? 2 : i % 20 == 0 ? 1 : 0], "req-" + Integer.toHexString(i * 31),
                    "status changed from OPEN to UNDER_REVIEW; reference " + i + "; note: routine update by desk officer",
                    prev, "");
            var hash = draft.computedHash();
            rows.append(i).append('\t').append(draft.occurredAt()).append('\t').append(draft.actor()).append('\t')
                    .append(draft.agency() == null ? "\\N" : draft.agency()).append('\t').append(draft.action()).append('\t')
                    .append(draft.subject()).append('\t').append(draft.outcome()).append('\t').append(draft.requestId())
                    .append('\t').append(draft.details()).append('\t').append(prev).append('\t').append(hash).append('\n');
            prev = hash;
        }
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy audit_entry (seq, occurred_at, actor, agency, action, subject, outcome, request_id, details,
                                      prev_hash, hash) from stdin""", new StringReader(rows.toString()));
            try (var s = c.createStatement()) {
                s.execute("vacuum analyze audit_entry");
            }
        }
    }

    private static double timeVerification(DataSource dataSource, int entries) {
        var verifier = new ChainVerifier(dataSource, null);
        var times = new double[RUNS];
        for (int run = -1; run < RUNS; run++) {   // run -1 warms up the JIT and the buffer cache
            long start = System.nanoTime();
            var result = verifier.verify();
            if (!result.ok() || result.entriesChecked() != entries) {
                throw new IllegalStateException("the bench chain does not verify: " + result);
            }
            if (run >= 0) {
                times[run] = seconds(System.nanoTime() - start);
            }
        }
        return median(times);
    }

    /** The same rows, in the same order and with the same fetch size, read without hashing. */
    private static double timeBaseline(DataSource dataSource, int entries) throws SQLException {
        var times = new double[RUNS];
        for (int run = -1; run < RUNS; run++) {
            long start = System.nanoTime();
            long[] countAndMax = streamWithoutHashing(dataSource);
            if (countAndMax[0] != entries || countAndMax[1] != entries) {
                throw new IllegalStateException("expected " + entries + " rows, read " + countAndMax[0]);
            }
            if (run >= 0) {
                times[run] = seconds(System.nanoTime() - start);
            }
        }
        return median(times);
    }

    private static long[] streamWithoutHashing(DataSource dataSource) throws SQLException {
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("""
                    select seq, occurred_at, actor, agency, action, subject, outcome, request_id, details, prev_hash, hash
                    from audit_entry order by seq""")) {
                s.setFetchSize(5_000);
                long count = 0;
                long max = 0;
                long chars = 0;
                try (var rows = s.executeQuery()) {
                    while (rows.next()) {
                        count++;
                        max = Math.max(max, rows.getLong(1));
                        rows.getObject(2, java.time.OffsetDateTime.class);
                        for (int column = 3; column <= 11; column++) {
                            var value = rows.getString(column);
                            chars += value == null ? 0 : value.length();
                        }
                    }
                }
                c.rollback();
                return new long[] { count, max, chars };
            }
        }
    }

    private static void report(int entries, double verify, double baseline) {
        System.out.printf(Locale.ROOT, "entries            : %,d%n", entries);
        System.out.printf(Locale.ROOT, "verify (median of %d): %.3f s%s%n", RUNS, verify, verify <= 10 ? "  (goal <= 10 s: met)" : "  (goal <= 10 s: MISSED)");
        System.out.printf(Locale.ROOT, "baseline read      : %.3f s (same rows, order and fetch size, no hashing)%n", baseline);
        System.out.printf(Locale.ROOT, "ratio verify/base  : %.2f%n", verify / baseline);
        System.out.printf(Locale.ROOT, "entries/s verified : %,.0f%n", entries / verify);
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
