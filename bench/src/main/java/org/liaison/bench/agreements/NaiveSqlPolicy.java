package org.liaison.bench.agreements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.agreements.PolicyQuery;

/**
 * The baseline: the same clauses in the node's own tables (the V5_1 migration), and one SQL query per
 * decision, the way a policy check is often first written. It answers only allowed or not, without reasons.
 */
final class NaiveSqlPolicy implements AutoCloseable {

    private static final String DECIDE = """
            select c.agreement_id, c.article from sharing_clause c join agreement a on a.id = c.agreement_id
            where ((c.from_party = any(?) and c.to_party = any(?)) or (c.reciprocal and c.from_party = any(?) and c.to_party = any(?)))
              and ? = any(c.categories) and ? = any(c.purposes)
              and a.status in ('IN_FORCE', 'EXPIRED', 'TERMINATED', 'RENEWED')
              and (a.valid_from is null or a.valid_from <= ?::date) and (a.valid_until is null or a.valid_until >= ?::date)
            limit 1
            """;

    private final EmbeddedPostgres postgres;
    private final Connection connection;
    private final PreparedStatement decide;

    NaiveSqlPolicy(SyntheticPolicy policy) throws IOException, SQLException {
        var dir = Files.createTempDirectory("liaison-policy-bench");
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        connection = postgres.getPostgresDatabase().getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute(migration());
        }
        load(policy);
        try (var statement = connection.createStatement()) {
            statement.execute("analyze");
        }
        decide = connection.prepareStatement(DECIDE);
    }

    boolean allowed(PolicyQuery query) throws SQLException {
        var senders = connection.createArrayOf("varchar", chain(query.sender().value()));
        var recipients = connection.createArrayOf("varchar", chain(query.recipient().value()));
        decide.setArray(1, senders);
        decide.setArray(2, recipients);
        decide.setArray(3, recipients);
        decide.setArray(4, senders);
        decide.setString(5, query.category().name());
        decide.setString(6, query.purpose().name());
        var day = Timestamp.from(query.at()).toLocalDateTime().atZone(java.time.ZoneOffset.UTC)
                .withZoneSameInstant(SyntheticPolicy.ZONE).toLocalDate();
        decide.setDate(7, Date.valueOf(day));
        decide.setDate(8, Date.valueOf(day));
        try (var rs = decide.executeQuery()) {
            return rs.next();
        }
    }

    private void load(SyntheticPolicy policy) throws SQLException {
        connection.setAutoCommit(false);
        try (var agreement = connection.prepareStatement("""
                insert into agreement (id, kind, title, status, valid_from, valid_until, time_zone, created_at, created_by, updated_at)
                values (?, 'MOU', ?, ?, ?, ?, 'Asia/Phnom_Penh', now(), 'bench', now()) on conflict do nothing""");
             var clause = connection.prepareStatement("""
                insert into sharing_clause (id, agreement_id, article, from_party, to_party, reciprocal, categories,
                    purposes, handling, retention_days) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, 'AMBER', 365)""")) {
            for (var c : policy.clauses) {
                agreement.setString(1, c.agreement());
                agreement.setString(2, "Bench " + c.agreement());
                agreement.setString(3, c.status().name());
                agreement.setDate(4, Date.valueOf(c.validFrom()));
                agreement.setDate(5, Date.valueOf(c.validUntil()));
                agreement.executeUpdate();
                clause.setString(1, c.agreement());
                clause.setString(2, c.article());
                clause.setString(3, c.from());
                clause.setString(4, c.to());
                clause.setBoolean(5, c.reciprocal());
                clause.setArray(6, connection.createArrayOf("varchar", c.categories().stream().map(Enum::name).toArray()));
                clause.setArray(7, connection.createArrayOf("varchar", c.purposes().stream().map(Enum::name).toArray()));
                clause.addBatch();
            }
            clause.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static String[] chain(String agency) {
        var chain = new ArrayList<String>(List.of(agency));
        for (int i = agency.lastIndexOf('/'); i > 0; i = agency.lastIndexOf('/', i - 1)) {
            chain.add(agency.substring(0, i));
        }
        return chain.toArray(String[]::new);
    }

    private static String migration() throws IOException {
        try (var in = NaiveSqlPolicy.class.getClassLoader().getResourceAsStream("db/migration/V5_1__agreements.sql")) {
            if (in == null) {
                throw new IllegalStateException("V5_1__agreements.sql is not on the class path (liaison-app jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
        postgres.close();
    }
}
