package org.liaison.audit.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.AuditWitness;
import org.liaison.audit.Checkpoint;
import org.liaison.audit.Outcome;
import org.liaison.audit.chain.ChainHash;
import org.liaison.audit.chain.CheckpointSigner;
import org.liaison.audit.chain.CheckpointStatement;
import org.liaison.audit.cli.VerifyCommand;
import org.liaison.exchange.FederationNode;
import org.liaison.node.CompactJws;
import org.liaison.node.NodeKeys;
import org.liaison.node.SigningKey;
import org.liaison.node.database.TestDatabases;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Witnessing between two real nodes (ADR 0004, amendment of 2026-12-04): KH-1 hands its checkpoints to LA-1;
 * then someone who holds KH-1's database and its keys cuts or rewrites the chain and signs it anew. KH-1's own
 * checkpoints and keys cannot show it; the heads LA-1 holds, with the keys LA-1 pinned, can. Each attack runs
 * on a copy of KH-1's database, so the attacks do not meet.
 */
class WitnessedChainTests {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

    static FederationNode kh;
    static FederationNode la;
    static SigningKey stolenKey;
    static long head;
    /** What the attacker holds: the database server's superuser. */
    static PGSimpleDataSource superuser;

    @BeforeAll
    static void khHandsItsCheckpointsToLa() throws Exception {
        kh = fast(FederationNode.prepare("KH-1"));
        la = fast(FederationNode.prepare("LA-1"));
        kh.trusting(la);
        la.trusting(kh);
        la.start();
        kh.start();
        // A second instance of KH-1 on the same database: its checkpoints must verify with the same published keys.
        try (var second = fast(FederationNode.prepare("KH-1")).with("liaison.embedded-database.database", kh.database())
                .start()) {
            for (var instance : List.of(kh, second, kh, second)) {
                record(instance, 7);
                instance.bean(CheckpointSigner.class).checkpointIfHeadMoved();
            }
        }
        var latest = latestCheckpointSeq(kh);
        await().atMost(Duration.ofSeconds(30)).until(() -> heldByLa().stream().anyMatch(c -> c.seq() >= latest));
        head = latest;
        stolenKey = kh.bean(NodeKeys.class).active();
        superuser = (PGSimpleDataSource) TestDatabases.superuser(kh.context());
        kh.stop();
    }

    @AfterAll
    static void stop() {
        la.close();
        kh.close();
    }

    @Test
    void checkpointsOfTwoInstancesVerifyWithTheKeysThePartnerPinned() throws Exception {
        var copy = copyOfKh();
        var out = new ByteArrayOutputStream();
        assertThat(verify(copy, out, "--witness", la.baseUrl())).as(out.toString()).isEqualTo(VerifyCommand.INTACT);
        assertThat(out.toString()).contains("keys        : ", "pinned by LA-1", "(signatures verified)", "witness     : LA-1");
        assertThat(jdbc(copy).sql("select count(distinct id) from audit_checkpoint").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aTailCutWithItsCheckpointsPassesAloneButNotAgainstThePartnersHeads() throws Exception {
        var copy = copyOfKh();
        long keep = head - 5;
        tamper(copy, db -> {
            db.sql("delete from audit_checkpoint where seq > ?").param(keep).update();
            db.sql("delete from audit_entry where seq > ?").param(keep).update();
        });
        var out = new ByteArrayOutputStream();

        assertThat(verify(copy, out)).as(out.toString()).isEqualTo(VerifyCommand.INTACT);
        assertThat(out.toString()).contains("not pinned outside the node");
        out.reset();
        assertThat(verify(copy, out, "--witness", la.baseUrl())).as(out.toString()).isEqualTo(VerifyCommand.PROBLEM);
        assertThat(out.toString()).contains("PROBLEM at seq " + (keep + 1) + ": TRUNCATED", "LA-1 holds a head");
    }

    @Test
    void aRewriteSignedAnewWithTheNodesOwnKeyIsCaughtByThePartnersHeads() throws Exception {
        var copy = copyOfKh();
        long from = head - 3;
        tamper(copy, db -> rewriteFrom(db, from));
        var out = new ByteArrayOutputStream();

        assertThat(verify(copy, out)).as("the node's own checkpoints, re-signed, agree: " + out).isEqualTo(VerifyCommand.INTACT);
        out.reset();
        assertThat(verify(copy, out, "--witness", la.baseUrl())).as(out.toString()).isEqualTo(VerifyCommand.PROBLEM);
        assertThat(out.toString()).contains(": REWRITTEN", "LA-1 holds a head at seq ", "the first changed entry lies between");
        var reported = Long.parseLong(out.toString().replaceAll("(?s).*PROBLEM at seq (\\d+).*", "$1"));
        assertThat(reported).as("the first changed entry lies after the last head that still matches")
                .isLessThanOrEqualTo(from).isGreaterThan(0);
    }

    @Test
    void aPartnerThatShowsTwoVersionsOfItsChainIsRecordedAndRefused() {
        var held = heldByLa().getLast();
        var forkedHash = "f".repeat(64);
        var at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var fork = new Checkpoint(held.id() + 1000, held.seq(), forkedHash, at, stolenKey.kid(),
                CompactJws.sign(CheckpointStatement.bytes(held.seq(), forkedHash, at), CheckpointStatement.TYPE, stolenKey));
        var before = conflicts();

        var answer = post(offer(fork));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(conflicts()).isEqualTo(before + 1);
        assertThat(la.bean(JdbcClient.class).sql("select hash from audit_witness_head where origin_node = 'KH-1' and seq = ?")
                .param(held.seq()).query(String.class).single()).as("the first head stands").isEqualTo(held.hash());
        assertThat(la.bean(JdbcClient.class).sql("select count(*) from audit_entry where action = 'WITNESS_CONFLICT'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aHeadThatDoesNotVerifyWithThePinnedKeysIsRefusedWithProblemJson() {
        var held = heldByLa().getLast();
        var forged = new Checkpoint(held.id() + 2000, held.seq() + 1000, "e".repeat(64), held.signedAt(), held.keyId(),
                held.signature());

        var answer = post(offer(forged));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(answer.body()).contains("does not verify");
        assertThat(heldByLa()).noneMatch(c -> c.seq() == held.seq() + 1000);
    }

    // --- the attacker, who holds the database (superuser) and the node's keys ---

    private static void rewriteFrom(JdbcClient db, long from) {
        var prev = db.sql("select hash from audit_entry where seq = ?").param(from - 1).query(String.class).single();
        var rows = db.sql("select * from audit_entry where seq >= ? order by seq").param(from)
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("agency"), rs.getString("action"), rs.getString("subject"),
                        Outcome.valueOf(rs.getString("outcome")), rs.getString("request_id"), rs.getString("details"),
                        rs.getString("prev_hash"), rs.getString("hash"))).list();
        db.sql("delete from audit_checkpoint where seq >= ?").param(from).update();
        db.sql("delete from audit_entry where seq >= ?").param(from).update();
        AuditEntry last = null;
        for (var e : rows) {
            var details = e.seq() == from ? "nothing happened here" : e.details();
            var changed = new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.agency(), e.action(), e.subject(),
                    e.outcome(), e.requestId(), details, prev, "");
            prev = ChainHash.of(changed);
            last = new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.agency(), e.action(), e.subject(), e.outcome(),
                    e.requestId(), details, changed.prevHash(), prev);
            db.sql("""
                    insert into audit_entry (seq, occurred_at, actor, agency, action, subject, outcome, request_id,
                                             details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(last.seq(), Timestamp.from(last.occurredAt()), last.actor(), last.agency(), last.action(),
                            last.subject(), last.outcome().name(), last.requestId(), last.details(), last.prevHash(),
                            last.hash()).update();
        }
        var at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var signature = CompactJws.sign(CheckpointStatement.bytes(last.seq(), last.hash(), at), CheckpointStatement.TYPE,
                stolenKey);
        db.sql("insert into audit_checkpoint (seq, hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)")
                .params(last.seq(), last.hash(), Timestamp.from(at), stolenKey.kid(), signature).update();
    }

    private static void tamper(String database, java.util.function.Consumer<JdbcClient> attack) {
        var db = jdbc(database);
        db.sql("alter table audit_entry disable trigger user").update();
        db.sql("alter table audit_checkpoint disable trigger user").update();
        attack.accept(db);
        db.sql("alter table audit_entry enable trigger user").update();
        db.sql("alter table audit_checkpoint enable trigger user").update();
    }

    // --- helpers ---

    private static FederationNode fast(FederationNode node) {
        return node.with("liaison.audit.checkpoint-interval", "PT0.5S").with("liaison.audit.checkpoint-entries", "5")
                .with("liaison.exchange.witness-interval", "PT0.2S").with("LIAISON_SECRET_KEY", SECRET);
    }

    private static void record(FederationNode node, int entries) {
        var trail = node.bean(AuditTrail.class);
        for (int i = 0; i < entries; i++) {
            trail.recordFor("kh.officer", "KH/MOI", AuditAction.USER_UPDATED, "user:" + UUID.randomUUID(), Outcome.SUCCEEDED, "");
        }
    }

    private static long latestCheckpointSeq(FederationNode node) {
        return node.bean(JdbcClient.class).sql("select max(seq) from audit_checkpoint").query(Long.class).single();
    }

    private static List<Checkpoint> heldByLa() {
        return la.bean(AuditWitness.class).heldFor("KH-1", 0, AuditWitness.MAX_RECORD);
    }

    private static long conflicts() {
        return la.bean(JdbcClient.class).sql("select count(*) from audit_witness_conflict").query(Long.class).single();
    }

    private static String offer(Checkpoint head) {
        return "{\"origin\":\"KH-1\",\"heads\":[{\"checkpointId\":" + head.id() + ",\"seq\":" + head.seq()
                + ",\"hash\":\"" + head.hash() + "\",\"signedAt\":\"" + head.signedAt() + "\",\"keyId\":\"" + head.keyId()
                + "\",\"signature\":\"" + head.signature() + "\"}]}";
    }

    private static HttpResponse<String> post(String json) {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(la.baseUrl() + "/federation/v1/witness"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of KH-1's database (the node is stopped), so that each attack starts from the same chain. */
    private static String copyOfKh() {
        var name = "kh_copy_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc("postgres").sql("create database " + name + " template " + kh.database()).update();
        return name;
    }

    private static JdbcClient jdbc(String database) {
        return JdbcClient.create(source(database));
    }

    private static PGSimpleDataSource source(String database) {
        var source = new PGSimpleDataSource();
        source.setServerNames(superuser.getServerNames());
        source.setPortNumbers(superuser.getPortNumbers());
        source.setDatabaseName(database);
        source.setUser(superuser.getUser());
        source.setPassword(superuser.getPassword());
        return source;
    }

    private static int verify(String database, ByteArrayOutputStream out, String... more) {
        var args = new java.util.ArrayList<>(List.of("--jdbc-url", "jdbc:postgresql://" + superuser.getServerNames()[0]
                + ":" + superuser.getPortNumbers()[0] + "/" + database, "--node", "KH-1"));
        args.addAll(List.of(more));
        return VerifyCommand.run(args.toArray(String[]::new), Map.of("LIAISON_DB_USER", superuser.getUser(),
                "LIAISON_DB_PASSWORD", superuser.getPassword()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }
}
