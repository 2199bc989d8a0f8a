package org.liaison.bench.border;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.border.imports.CopyLoader;
import org.liaison.border.imports.CrossingCsv;
import org.liaison.border.imports.ImportReport;
import org.slf4j.LoggerFactory;

/**
 * Importing a checkpoint system's export: the node's path (CSV read, COPY into a staging table, each row checked
 * in SQL, one INSERT … SELECT) against the baseline of the same rows read the same way and written with batched
 * INSERTs of 1,000 (checked in Java, as a loader without COPY would), alternating, on one embedded PostgreSQL with
 * the node's durability (fsync, synchronous_commit and full_page_writes on). Each import is one transaction.
 *
 * <pre>bench/run border-import [rows per import] [rounds]</pre>
 */
public final class BorderImportBench {

    private static final ZoneId ZONE = ZoneId.of("Asia/Phnom_Penh");
    private static final long[] CHECKPOINTS = { 1, 2, 3, 4, 5, 6, 7, 8 };

    private BorderImportBench() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var csv = export(rows);
        var dir = Files.createTempDirectory("liaison-border-bench");
        try (var postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").start()) {
            var dataSource = postgres.getPostgresDatabase();
            migrate(dataSource);
            settings(dataSource);
            double[] copy = new double[rounds];
            double[] batched = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                copy[round] = rows / timed(dataSource, c -> viaCopy(c, csv));
                batched[round] = rows / timed(dataSource, c -> viaBatchedInserts(c, csv));
                System.out.printf(Locale.ROOT, "round %d: COPY %,.0f rows/s, batched INSERT %,.0f rows/s%n",
                        round + 1, copy[round], batched[round]);
            }
            Arrays.sort(copy);
            Arrays.sort(batched);
            double c = copy[rounds / 2];
            double b = batched[rounds / 2];
            System.out.printf(Locale.ROOT, "%,d rows (%,d bytes) per import, median of %d: COPY %,.0f rows/s, "
                    + "batched INSERT %,.0f rows/s, ratio %.1fx; goal >= 50,000 rows/s: %s%n", rows, csv.length, rounds,
                    c, b, c / b, c >= 50_000 ? "met" : "NOT met");
        }
    }

    interface Import {
        void run(Connection connection) throws SQLException;
    }

    /** Seconds one import took, truncating the table first so both paths insert into the same empty table. */
    private static double timed(DataSource dataSource, Import work) throws SQLException {
        try (var c = dataSource.getConnection()) {
            c.createStatement().execute("truncate border_crossing");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            work.run(c);
            c.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void viaCopy(Connection c, byte[] csv) throws SQLException {
        var refused = new ArrayList<ImportReport.RefusedRow>();
        var report = CopyLoader.load(c, CrossingCsv.read(csv, refused), CHECKPOINTS, "KH/MOI/GDI", "bench",
                Instant.now(), ZONE);
        if (!refused.isEmpty() || !report.refused().isEmpty()) {
            throw new IllegalStateException("the generated export has broken rows: " + report.refused());
        }
    }

    private static void viaBatchedInserts(Connection c, byte[] csv) throws SQLException {
        var rows = CrossingCsv.read(csv, new ArrayList<>());
        try (var insert = c.prepareStatement("insert into border_crossing (id, agency, checkpoint_id, direction, "
                + "purpose, crossed_at, surname, given_names, nationality, date_of_birth, sex, document_number, "
                + "recorded_by, recorded_at, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT')")) {
            var now = Instant.now().atOffset(ZoneOffset.UTC);
            int n = 0;
            for (var row : rows) {
                var f = row.fields();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "KH/MOI/GDI");
                insert.setLong(3, Long.parseLong(f[0]));
                insert.setString(4, f[1]);
                insert.setString(5, f[2]);
                insert.setObject(6, LocalDateTime.parse(f[3].replace(' ', 'T')).atZone(ZONE).toOffsetDateTime());
                insert.setString(7, f[4]);
                insert.setString(8, f[5]);
                insert.setString(9, f[6]);
                insert.setObject(10, LocalDate.parse(f[7]));
                insert.setString(11, f[8].equals("F") ? "FEMALE" : "MALE");
                insert.setString(12, f[9]);
                insert.setString(13, "bench");
                insert.setObject(14, now);
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** A plausible export: checkpoints, both directions, every purpose, times over a month, varied names. */
    private static byte[] export(int rows) {
        var purposes = new String[] { "TRADE", "TOURISM", "MEDICAL_TREATMENT", "FAMILY_VISIT", "TRADITIONAL_CEREMONY",
                "WORK", "TRANSIT", "OFFICIAL" };
        var names = new String[] { "SENGDARA", "PHAN", "CHEA", "KEOVONGSA", "NGUYEN", "SOK", "VONGSA", "TRAN" };
        var out = new StringBuilder(rows * 110).append(String.join(",", CrossingCsv.COLUMNS.subList(0, 10))).append('\n');
        var start = LocalDateTime.of(2026, 11, 1, 6, 0);
        for (int i = 0; i < rows; i++) {
            out.append(CHECKPOINTS[i % CHECKPOINTS.length]).append(',').append(i % 2 == 0 ? "ENTRY" : "EXIT").append(',')
                    .append(purposes[i % purposes.length]).append(',').append(start.plusSeconds(i * 7L).toString().replace('T', ' '))
                    .append(',').append(names[i % names.length]).append(',').append(names[(i / 8) % names.length])
                    .append(',').append(i % 3 == 0 ? "LAO" : i % 3 == 1 ? "KHM" : "VNM").append(',')
                    .append(LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28)).append(',').append(i % 2 == 0 ? 'F' : 'M')
                    .append(',').append("N").append(10_000_000 + i).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void migrate(DataSource dataSource) throws IOException, SQLException {
        try (var in = BorderImportBench.class.getClassLoader().getResourceAsStream("db/migration/V10_1__border_crossings.sql");
             var c = dataSource.getConnection(); var s = c.createStatement()) {
            if (in == null) {
                throw new IllegalStateException("db/migration/V10_1__border_crossings.sql is not on the class path");
            }
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void settings(DataSource dataSource) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select string_agg(name || '=' || setting, ' ' order by name) from pg_settings "
                     + "where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers', "
                     + "'server_version')")) {
            rs.next();
            System.out.println("PostgreSQL: " + rs.getString(1) + "; " + Runtime.getRuntime().availableProcessors()
                    + " CPUs; load " + loadAverage());
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
