package org.liaison.bench.cases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.directory.AgencyId;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;
import org.liaison.matching.Query;
import org.slf4j.LoggerFactory;

/**
 * The cases module's two hot reads on one embedded PostgreSQL, each against the naive query it stands beside, in
 * the same process and alternating: the statistics page (one grouped query over the officer's subtree and year,
 * as {@code CaseCounts}) against one count per type and month; and a person-name search (as
 * {@code CaseLinkFinder.named}: the instance's index of the node's persons catches up on the persons added in the
 * last minutes, finds 500 candidates, and the database keeps those of the officer's cases) against a substring
 * {@code ilike} on the Latin name, which finds no other script. Prints p50/p95 and the ratio, and the time to build
 * the index once (an instance's first question).
 *
 * <pre>bench/run cases [cases] [rounds]</pre>  (persons are three per case)
 */
public final class CasesBench {

    private static final String[] TYPES = { "DRUG_TRAFFICKING", "PRECURSOR_CHEMICALS", "SMUGGLING_OF_GOODS", "TAX_EVASION",
            "ILLEGAL_LOGGING", "WILDLIFE_CRIME", "ILLEGAL_BORDER_CROSSING", "HUMAN_TRAFFICKING", "OTHER" };
    private static final String[] AGENCIES = { "LA/MPS", "LA/MPS/IMM", "LA/SPPO", "LA/MPS/DCD" };

    private CasesBench() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        var dir = Files.createTempDirectory("liaison-cases-bench");
        try (var postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
            var db = postgres.getPostgresDatabase();
            long started = System.nanoTime();
            try (var c = db.getConnection()) {
                for (var file : List.of("V9_1__cases.sql", "V9_2__cases_legal_assistance.sql", "V9_3__cases_search.sql",
                        "V9_4__case_person_added_at.sql")) {
                    c.createStatement().execute(resource("db/migration/" + file));
                }
                load(c, cases);
            }
            System.out.printf(Locale.ROOT, "%,d cases and %,d persons loaded in %.0f s%n", cases, 3L * cases,
                    (System.nanoTime() - started) / 1e9);
            var subtree = AgencyId.of("LA/MPS").subtree("lead_agency");
            started = System.nanoTime();
            NameIndex index;
            try (var c = db.getConnection()) {
                index = nodeIndex(c);
            }
            System.out.printf(Locale.ROOT, "index of the node's %,d persons built in %.1f s (an instance's first question)%n",
                    index.size(), (System.nanoTime() - started) / 1e9);
            double[] grouped = new double[rounds], perCell = new double[rounds], indexed = new double[rounds],
                    like = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                int year = 2020 + r % 6;
                grouped[r] = timed(db, c -> grouped(c, subtree, year));
                perCell[r] = timed(db, c -> perCell(c, subtree, year));
                indexed[r] = timed(db, c -> named(c, index, subtree, "ສົມພອນ ວົງສະຫວັນ"));
                like[r] = timed(db, c -> like(c, subtree, "Somphone"));
            }
            report("statistics page: grouped query", grouped, "one count per type and month", perCell, 200);
            report("person-name search: matching index", indexed, "ilike on the Latin name", like, 100);
        }
    }

    interface Work {
        void run(Connection c) throws SQLException;
    }

    private static double timed(DataSource db, Work work) throws SQLException {
        try (var c = db.getConnection()) {
            long t = System.nanoTime();
            work.run(c);
            return (System.nanoTime() - t) / 1e6;
        }
    }

    private static void grouped(Connection c, AgencyId.SqlCondition subtree, int year) throws SQLException {
        try (var s = c.prepareStatement("select type, extract(month from occurred_on)::int as month, count(*) from crime_case"
                + " where occurred_on between ? and ? and " + subtree.sql() + " group by type, month")) {
            s.setObject(1, java.time.LocalDate.of(year, 1, 1));
            s.setObject(2, java.time.LocalDate.of(year, 12, 31));
            bind(s, 3, subtree);
            drain(s.executeQuery());
        }
    }

    private static void perCell(Connection c, AgencyId.SqlCondition subtree, int year) throws SQLException {
        try (var s = c.prepareStatement("select count(*) from crime_case where type = ? and occurred_on between ? and ? and "
                + subtree.sql())) {
            for (var type : TYPES) {
                for (int month = 1; month <= 12; month++) {
                    var first = java.time.LocalDate.of(year, month, 1);
                    s.setString(1, type);
                    s.setObject(2, first);
                    s.setObject(3, first.withDayOfMonth(first.lengthOfMonth()));
                    bind(s, 4, subtree);
                    drain(s.executeQuery());
                }
            }
        }
    }

    /** What CasePersonIndex holds: every person of the node, indexed once. */
    private static NameIndex nodeIndex(Connection c) throws SQLException {
        var index = new NameIndex();
        try (var s = c.prepareStatement("select id, name_original, name_latin, nationality from case_person")) {
            s.setFetchSize(10_000);
            c.setAutoCommit(false);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    var names = new ArrayList<String>(List.of(rs.getString(3)));
                    if (rs.getString(2) != null) {
                        names.add(rs.getString(2));
                    }
                    index.add(new Person(rs.getString(1), names, null, rs.getString(4), null, List.of()));
                }
            }
            c.commit();
        }
        return index;
    }

    /** What CaseLinkFinder.named does for each question: catch up, find candidates, keep the officer's. */
    private static void named(Connection c, NameIndex index, AgencyId.SqlCondition subtree, String name) throws SQLException {
        try (var s = c.prepareStatement("select id, name_original, name_latin, date_of_birth, nationality, added_at"
                + " from case_person where added_at >= ? order by added_at")) {
            s.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(300)));
            drain(s.executeQuery());
        }
        var ids = index.search(Query.byName(name), 500).stream().map(org.liaison.matching.Hit::id).toArray(String[]::new);
        try (var s = c.prepareStatement("select p.id, c.id, c.number, c.title, p.name_latin from case_person p"
                + " join crime_case c on c.id = p.case_id where p.id = any(cast(? as uuid[])) and "
                + subtree.sql().replace("lead_agency", "c.lead_agency"))) {
            s.setArray(1, c.createArrayOf("text", ids));
            bind(s, 2, subtree);
            drain(s.executeQuery());
        }
    }

    private static void like(Connection c, AgencyId.SqlCondition subtree, String name) throws SQLException {
        try (var s = c.prepareStatement("select p.id from case_person p join crime_case c on c.id = p.case_id"
                + " where p.name_latin ilike ? and " + subtree.sql().replace("lead_agency", "c.lead_agency") + " limit 20")) {
            s.setString(1, "%" + name + "%");
            bind(s, 2, subtree);
            drain(s.executeQuery());
        }
    }

    /** Cases over 2020–2025 across four Lao agencies; three persons each, a third also in Lao script. */
    private static void load(Connection c, int cases) throws SQLException {
        var s = c.createStatement();
        s.execute("""
                insert into crime_case (id, number, type, title, summary, status, lead_agency, occurred_on, reported_on,
                                        opened_by, opened_at)
                select gen_random_uuid(), 'B-' || g, (array['%s'])[1 + g %% 9], 'Bench case ' || g, 'Synthetic', 'REPORTED',
                       (array['%s'])[1 + g %% 4], date '2020-01-01' + (g %% 2190), date '2020-01-01' + (g %% 2190),
                       'bench', now()
                from generate_series(1, %d) g""".formatted(String.join("','", TYPES), String.join("','", AGENCIES), cases));
        var latin = new String[] { "Somphone", "Bounmy", "Khamphone", "Vanna", "Sida", "Thongdy", "Souk", "Noy",
                "Phet", "Kham", "Vong", "Sengsavanh", "Phommachan", "Keomany", "Sisouvanh", "Xayavong" };
        s.execute("""
                insert into case_person (id, case_id, role, name_original, name_latin, nationality, added_by, added_at)
                select gen_random_uuid(), c.id, 'SUSPECT',
                       case when k = 1 then 'ສົມພອນ ວົງສະຫວັນ' end,
                       (array['%1$s'])[1 + (abs(hashtext(c.number || k)) %% 16)] || ' ' || (array['%1$s'])[1 + (abs(hashtext(k || c.number)) %% 16)],
                       'LA', 'bench', now()
                from crime_case c, generate_series(1, 3) k""".formatted(String.join("','", latin)));
        s.execute("analyze");
    }

    private static void bind(java.sql.PreparedStatement s, int from, AgencyId.SqlCondition condition) throws SQLException {
        for (int i = 0; i < condition.params().size(); i++) {
            s.setObject(from + i, condition.params().get(i));
        }
    }

    private static void drain(java.sql.ResultSet rs) throws SQLException {
        try (rs) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static void report(String node, double[] a, String naive, double[] b, int goalMs) {
        Arrays.sort(a);
        Arrays.sort(b);
        double p95a = a[(int) Math.ceil(a.length * 0.95) - 1];
        double p95b = b[(int) Math.ceil(b.length * 0.95) - 1];
        System.out.printf(Locale.ROOT, "%s p50 %.1f ms p95 %.1f ms; %s p50 %.1f ms p95 %.1f ms; p95 ratio naive/node %.2f;"
                        + " goal p95 <= %d ms: %s%n", node, a[a.length / 2], p95a, naive, b[b.length / 2], p95b, p95b / p95a,
                goalMs, p95a <= goalMs ? "met" : "NOT met");
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = CasesBench.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
