package org.liaison.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.chain.CheckpointStatement;
import org.liaison.audit.verifier.ChainWalkTests;
import org.liaison.node.DatabaseRole;
import org.liaison.node.database.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operators' command against a node data dir laid out as a node leaves it: postgres/ and keys/. */
class VerifyCommandTests {

    @TempDir Path dataDir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void checksADataDirWhetherTheNodeRunsOrNot() throws Exception {
        try (var node = TestDatabases.startNodeDatabase(dataDir)) {
            writeChainAndCheckpoint(JdbcClient.create(node.as(DatabaseRole.APPLICATION)), 5);

            assertThat(verify(dataDir.toString())).as(output()).isEqualTo(VerifyCommand.INTACT);
            assertThat(output()).contains("INTACT", "127.0.0.1:" + node.port(), "entries     : 5",
                    "(signatures verified)");

            var superuser = JdbcClient.create(node.as(DatabaseRole.SUPERUSER));
            superuser.sql("alter table audit_entry disable trigger user").update();
            superuser.sql("update audit_entry set subject = 'user:nobody' where seq = 3").update();
            superuser.sql("alter table audit_entry enable trigger user").update();
            assertThat(verify(dataDir.toString())).as(output()).isEqualTo(VerifyCommand.PROBLEM);
            assertThat(output()).contains("PROBLEM at seq 3: TAMPERED");
        }

        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(verify(dataDir.toString())).as(output()).isEqualTo(VerifyCommand.PROBLEM);
        assertThat(output()).contains("started for this check", "PROBLEM at seq 3: TAMPERED");
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("stopped again").doesNotExist();
    }

    @Test
    void checksADatabaseGivenByJdbcUrlWithTheUserAndPasswordInTheUrlOrTheEnvironment() throws Exception {
        try (var node = TestDatabases.startNodeDatabase(dataDir)) {
            writeChainAndCheckpoint(JdbcClient.create(node.as(DatabaseRole.APPLICATION)), 3);
            var key = dataDir.resolve("keys.jwk").toString();
            var password = node.password(DatabaseRole.APPLICATION);
            var inUrl = node.jdbcUrl() + "?user=liaison_app&password=" + password;

            int status = VerifyCommand.run(new String[] { "--jdbc-url", inUrl, "--keys", key }, Map.of(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(status).as(output()).isEqualTo(VerifyCommand.INTACT);
            assertThat(output()).contains("entries     : 3", "checkpoints : 1 (signatures verified)")
                    .doesNotContain(password);

            out.reset();
            status = VerifyCommand.run(new String[] { "--jdbc-url", node.jdbcUrl(), "--keys", key },
                    Map.of("LIAISON_DB_USER", "liaison_app", "LIAISON_DB_PASSWORD", password),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(status).as(output()).isEqualTo(VerifyCommand.INTACT);
            assertThat(verify("--jdbc-url", node.jdbcUrl() + "?user=liaison_app&password=wrong")).isEqualTo(VerifyCommand.ERROR);
        }
    }

    @Test
    void checksANodeOnAnExternalDatabaseThroughItsDataDirAndEnvironment(@TempDir Path externalNodesDataDir) throws Exception {
        try (var node = TestDatabases.startNodeDatabase(dataDir)) {
            writeChainAndCheckpoint(JdbcClient.create(node.as(DatabaseRole.APPLICATION)), 4);
            var password = node.password(DatabaseRole.APPLICATION);
            var env = Map.of("SPRING_DATASOURCE_URL", node.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", "liaison_app",
                    "SPRING_DATASOURCE_PASSWORD", password);

            assertThat(verify(env, externalNodesDataDir.toString())).as(output()).isEqualTo(VerifyCommand.INTACT);
            assertThat(output()).contains("entries     : 4", "as liaison_app").doesNotContain(password);

            var withUserInfo = node.jdbcUrl().replace("//", "//liaison_app:" + password + "@");
            assertThat(verify(Map.of(), "--jdbc-url", withUserInfo, "--keys", dataDir.resolve("keys.jwk").toString()))
                    .as(output()).isEqualTo(VerifyCommand.INTACT);
            assertThat(output()).contains("as liaison_app").doesNotContain(password);
        }
    }

    @Test
    void saysInOneLineWhereItLookedWhenTheDataDirHasNoDatabaseAndNoneIsConfigured() {
        assertThat(verify(Map.of(), dataDir.toString())).isEqualTo(VerifyCommand.ERROR);
        assertThat(output().strip()).startsWith("audit-verify: no embedded PostgreSQL in " + dataDir.resolve("postgres"))
                .contains("SPRING_DATASOURCE_URL").doesNotContain("\n");

        assertThat(verify(Map.of(), "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/liaison")).isEqualTo(VerifyCommand.ERROR);
        assertThat(output()).as("never the operating system's user").contains("no database user", "LIAISON_DB_USER");
    }

    @Test
    void answersUsageAndConnectionErrorsWithStatusTwo() {
        assertThat(verify()).isEqualTo(VerifyCommand.ERROR);
        assertThat(verify("a", "b")).isEqualTo(VerifyCommand.ERROR);
        assertThat(verify(dataDir.toString(), "--jdbc-url", "jdbc:postgresql://localhost:1/x")).isEqualTo(VerifyCommand.ERROR);
        assertThat(verify("--jdbc-url", "jdbc:postgresql://localhost:1/liaison")).isEqualTo(VerifyCommand.ERROR);
        assertThat(verify(dataDir.resolve("nothing-here").toString())).isEqualTo(VerifyCommand.ERROR);
        assertThat(verify("--help")).isEqualTo(VerifyCommand.INTACT);
        assertThat(output()).contains("Usage: ./liaison audit-verify <data-dir>");
    }

    /**
     * What a node would have written: a chain and a checkpoint signed with its key, whose public half is in the
     * node's key table and, for {@code --keys}, in keys.jwk (as a partner or the directory would hand it over).
     */
    private void writeChainAndCheckpoint(JdbcClient db, int length) throws Exception {
        var key = new ECKeyGenerator(Curve.P_256).keyID("KH-1-test").generate();
        Files.createDirectories(dataDir.resolve("keys"));
        Files.writeString(dataDir.resolve("keys.jwk"), key.toPublicJWK().toJSONString());
        db.sql("insert into node_signing_key (kid, public_jwk, private_jwk, status, created_at) values (?, ?, ?, 'ACTIVE', now())")
                .params(key.getKeyID(), key.toPublicJWK().toJSONString(), new byte[] { 0 }).update();
        AuditEntry last = null;
        for (var e : ChainWalkTests.chain(length)) {
            db.sql("""
                    insert into audit_entry (seq, occurred_at, actor, agency, action, subject, outcome, request_id,
                                             details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.seq(), Timestamp.from(e.occurredAt()), e.actor(), e.agency(), e.action(), e.subject(),
                            e.outcome().name(), e.requestId(), e.details(), e.prevHash(), e.hash())
                    .update();
            last = e;
        }
        var at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        db.sql("insert into audit_checkpoint (seq, hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)")
                .params(last.seq(), last.hash(), Timestamp.from(at), key.getKeyID(), sign(key, last, at)).update();
    }

    private static String sign(ECKey key, AuditEntry head, Instant at) throws Exception {
        var jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(new JOSEObjectType(CheckpointStatement.TYPE)).build(),
                new Payload(CheckpointStatement.bytes(head.seq(), head.hash(), at)));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    private int verify(String... args) {
        return verify(Map.of(), args);
    }

    private int verify(Map<String, String> env, String... args) {
        out.reset();
        var printer = new PrintStream(out, true, StandardCharsets.UTF_8);
        return VerifyCommand.run(args, env, printer, printer);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
