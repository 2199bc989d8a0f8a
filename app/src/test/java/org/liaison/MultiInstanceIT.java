package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.audit.cli.VerifyCommand;
import org.liaison.node.DatabaseRole;
import org.liaison.node.database.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One node run as production runs it (issue 21, docs/deployment.md): two instances of KH-1, each a packaged jar in
 * a JVM of its own with a data dir of its own, on one external PostgreSQL (durable: fsync and synchronous_commit
 * on), sharing only that database and {@code LIAISON_SECRET_KEY}; Debian's HAProxy in front, round robin with
 * checks of the readiness endpoint; the node's one public base URL is the balancer's, and the partner LA-1 pins it.
 * Messages, sessions, alerts and policy changes go through both instances; either instance, and the balancer, are
 * killed with SIGKILL while a client keeps posting and retries with an {@code Idempotency-Key}; every acknowledged
 * message must reach LA-1 exactly once and the audit chain must verify.
 *
 * <p>The tests share the running federation (starting it costs a minute or two) and run in order. Two wait on
 * issue 21 item 2 (the {@code Idempotency-Key} header on creating endpoints): {@link #aRepeatedCreateWithTheSameIdempotencyKeyAnswersTheFirstResultOnEitherInstance}
 * and {@link #clientRetriesAfterTheKillsNeverDuplicateAMessage}; the simultaneous first start (item 1) is
 * {@code SimultaneousStartIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    static final String PASSWORD = "fault-injection-pw";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestDatabases.NodeDatabase database;
    private NodeProcess la;
    private NodeProcess kh1;
    private NodeProcess kh2;
    private HaProxy balancer;
    private JdbcClient khDb;
    private OfficerSession khOfficer;
    private OfficerSession laOfficer;
    /** Subject → id of every message the node acknowledged during the kills. */
    private final Map<String, UUID> acknowledged = new ConcurrentHashMap<>();

    @BeforeAll
    void startTheFederation() throws Exception {
        database = TestDatabases.startEmptyDatabase(Files.createTempDirectory("liaison-shared-db"));
        khDb = JdbcClient.create(database.as(DatabaseRole.APPLICATION));
        la = new NodeProcess("LA-1");
        kh1 = new NodeProcess("KH-1");
        kh2 = new NodeProcess("KH-1");
        balancer = new HaProxy(kh1.port, kh2.port).start();
        var secret = newSecretKey();
        for (var instance : List.of(kh1, kh2)) {
            onSharedDatabase(instance, database, secret, balancer.url()).set("liaison.exchange.peers.LA-1", la.baseUrl());
        }
        la.set("liaison.exchange.peers.KH-1", balancer.url()).start();
        // One after the other: a simultaneous first start on an empty database is SimultaneousStartIT's (item 1).
        kh1.start().awaitReady();
        kh2.start().awaitReady();
        la.awaitReady();
        balancer.awaitInstance("i1", "UP");
        balancer.awaitInstance("i2", "UP");
        await().atMost(Duration.ofSeconds(90)).until(() -> count(khDb, "exchange_partner_key") > 0
                && count(la.db(DatabaseRole.APPLICATION), "exchange_partner_key") > 0);
        khOfficer = OfficerSession.signIn(balancer.url(), kh1.dataDir, "kh.officer", PASSWORD);
        laOfficer = OfficerSession.signIn(la.baseUrl(), la.dataDir, "la.officer", PASSWORD);
    }

    /** What every instance of a node is given alike: the database, the secret key, the one public base URL. */
    static NodeProcess onSharedDatabase(NodeProcess instance, TestDatabases.NodeDatabase database, String secretKey,
                                        String publicUrl) {
        return instance.set("liaison.node.base-url", publicUrl)
                .env("LIAISON_SECRET_KEY", secretKey)
                .env("SPRING_DATASOURCE_URL", database.jdbcUrl())
                .env("SPRING_DATASOURCE_USERNAME", "liaison_app")
                .env("SPRING_DATASOURCE_PASSWORD", database.password(DatabaseRole.APPLICATION))
                .env("SPRING_FLYWAY_USER", "liaison_owner")
                .env("SPRING_FLYWAY_PASSWORD", database.password(DatabaseRole.OWNER))
                .env("SERVER_FORWARD_HEADERS_STRATEGY", "native");
    }

    static String newSecretKey() {
        return Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    }

    @AfterAll
    void stopTheFederation() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] { balancer, kh1, kh2, la, database }) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    @Order(1)
    void messagesFlowBothWaysThroughTheBalancer() throws Exception {
        var out = new ArrayList<UUID>();
        for (int i = 0; i < 10; i++) {
            out.add(id(created(khOfficer.post("/api/v1/messages", message("LA/MPS", "both-ways KH " + i)))));
        }
        var in = new ArrayList<UUID>();
        for (int i = 0; i < 5; i++) {
            in.add(id(created(laOfficer.post("/api/v1/messages", message("KH/MOI", "both-ways LA " + i)))));
        }
        awaitDelivered(khDb, "both-ways KH %", 10);
        awaitDelivered(la.db(DatabaseRole.APPLICATION), "both-ways LA %", 5);
        assertThat(received(la.db(DatabaseRole.APPLICATION), "both-ways KH %")).containsExactlyInAnyOrderElementsOf(out);
        assertThat(received(khDb, "both-ways LA %")).containsExactlyInAnyOrderElementsOf(in);
    }

    @Test
    @Order(2)
    void aSessionSignedInThroughOneInstanceWorksOnTheOtherAndASignOutOnOneEndsItOnBoth() throws Exception {
        var analyst = OfficerSession.signIn(kh1.baseUrl(), kh1.dataDir, "kh.analyst", PASSWORD);
        var cookie = analyst.sessionCookie();
        assertThat(OfficerSession.statusWithCookie(kh1.baseUrl() + "/api/v1/agreements", cookie)).isEqualTo(200);
        assertThat(OfficerSession.statusWithCookie(kh2.baseUrl() + "/api/v1/agreements", cookie)).isEqualTo(200);
        analyst.at(kh2.baseUrl()).signOut();
        assertThat(OfficerSession.statusWithCookie(kh1.baseUrl() + "/api/v1/agreements", cookie))
                .as("the session ended on the other instance too").isEqualTo(401);
        // The shared officer session was signed in through the balancer: its steps went to both instances.
        assertThat(khOfficer.at(kh1.baseUrl()).get("/api/v1/agreements").statusCode()).isEqualTo(200);
        assertThat(khOfficer.at(kh2.baseUrl()).get("/api/v1/agreements").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void anAlertIssuedOnOneInstanceIsScreenedAgainstOnTheOther() throws Exception {
        var alert = JSON.createObjectNode().put("subject", "PERSON").put("noticeType", "WANTED_FOR_ARREST")
                .put("nameLatin", "VORNDARA SAMBATH").put("dateOfBirth", "1979-08-02").put("nationality", "KH")
                .put("reason", "Multi-instance test").put("action", "Detain and inform KH/MOI");
        var issued = JSON.readTree(created(khOfficer.at(kh1.baseUrl()).post("/api/v1/alerts", alert.toString())).body());
        var traveller = JSON.createObjectNode().put("name", "SAMBATH VORNDARA").put("dateOfBirth", "1979-08-02")
                .put("nationality", "KH").toString();
        var started = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var result = JSON.readTree(ok(khOfficer.at(kh2.baseUrl()).post("/api/v1/screenings", traveller)).body());
            assertThat(result.path("matches").valueStream().map(m -> m.path("alert").asString()))
                    .contains(issued.path("id").asString());
        });
        System.out.println("alert on the other instance after " + Duration.between(started, Instant.now()).toMillis() + " ms");
    }

    @Test
    @Order(4)
    void aPolicyChangeOnOneInstanceTakesEffectOnTheOther() throws Exception {
        var secretary = OfficerSession.signIn(kh1.baseUrl(), kh1.dataDir, "kh.secretary", PASSWORD);
        var query = JSON.createObjectNode().put("sender", "KH/MOI").put("recipient", "LA/MPS")
                .put("category", "PRISONER_RECORD").put("purpose", "STATISTICS").put("at", Instant.now().toString()).toString();
        assertThat(decision(secretary.at(kh2.baseUrl()), query).path("allowed").asBoolean()).isFalse();
        var clause = JSON.createObjectNode().put("article", "9.1").put("from", "KH/MOI").put("to", "LA/MPS")
                .put("reciprocal", false).put("handling", "GREEN").put("retentionDays", 30).put("note", "Multi-instance test");
        clause.putArray("categories").add("PRISONER_RECORD");
        clause.putArray("purposes").add("STATISTICS");
        created(secretary.post("/api/v1/agreements/KH-LA-SEC-2026/clauses", clause.toString()));
        var started = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> decision(secretary.at(kh2.baseUrl()), query).path("allowed").asBoolean());
        System.out.println("policy change on the other instance after " + Duration.between(started, Instant.now()).toMillis() + " ms");
    }

    /** Issue 21 item 2: a repeat of a creating request with the same key is answered with the first result. */
    @Test
    @Order(5)
    void aRepeatedCreateWithTheSameIdempotencyKeyAnswersTheFirstResultOnEitherInstance() throws Exception {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var body = message("LA/MPS", "idempotent repeat");
        var first = created(khOfficer.at(kh1.baseUrl()).post("/api/v1/messages", body, key));
        var repeat = khOfficer.at(kh2.baseUrl()).post("/api/v1/messages", body, key);
        assertThat(repeat.statusCode()).as("needs issue 21 item 2 (Idempotency-Key): " + repeat.body()).isBetween(200, 201);
        assertThat(id(repeat)).as("needs issue 21 item 2 (Idempotency-Key)").isEqualTo(id(first));
        assertThat(sent(khDb, "idempotent repeat")).as("needs issue 21 item 2 (Idempotency-Key)").hasSize(1);

        var alertKey = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var alert = JSON.createObjectNode().put("subject", "PERSON").put("noticeType", "MISSING_PERSON")
                .put("nameLatin", "CHANTHOU KEO").put("reason", "Idempotency").put("action", "Inform KH/MOI").toString();
        var firstAlert = created(khOfficer.at(kh2.baseUrl()).post("/api/v1/alerts", alert, alertKey));
        var repeatAlert = khOfficer.at(kh1.baseUrl()).post("/api/v1/alerts", alert, alertKey);
        assertThat(JSON.readTree(repeatAlert.body()).path("id").asString()).as("needs issue 21 item 2 (Idempotency-Key)")
                .isEqualTo(JSON.readTree(firstAlert.body()).path("id").asString());
    }

    @Test
    @Order(6)
    void everyAcknowledgedMessageIsDeliveredOnceWhenEitherInstanceOrTheBalancerIsKilledMidStream() throws Exception {
        stream("kill-1", 70, () -> kh1.kill());
        // LA-1 pinned the balancer, so it reaches KH-1 while one instance is dead (issue 21 item 3).
        for (int i = 0; i < 5; i++) {
            created(laOfficer.post("/api/v1/messages", message("KH/MOI", "while-down LA " + i)));
        }
        restart(kh1, "i1");
        stream("kill-2", 70, () -> kh2.kill());
        restart(kh2, "i2");
        stream("kill-lb", 60, () -> { // requests in flight are committed by the instances, the client sees them cut
            balancer.kill();
            balancer.start();
        });
        awaitDelivered(la.db(DatabaseRole.APPLICATION), "while-down LA %", 5);
        assertThat(received(khDb, "while-down LA %")).hasSize(5).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> khDb.sql(
                "select id from exchange_message where direction = 'OUT' and status = 'DELIVERED' and subject like 'kill-%'")
                .query(UUID.class).set().containsAll(acknowledged.values()));
        var received = received(la.db(DatabaseRole.APPLICATION), "kill-%");
        assertThat(acknowledged.values()).as("every acknowledged message received by LA-1 exactly once").allSatisfy(id ->
                assertThat(received.stream().filter(id::equals).count()).as(id.toString()).isEqualTo(1));
    }

    /** Issue 21 item 2: the repeats of the requests cut by the kills above created nothing new. */
    @Test
    @Order(7)
    void clientRetriesAfterTheKillsNeverDuplicateAMessage() {
        assertThat(acknowledged).hasSize(200);
        assertThat(sent(khDb, "kill-%")).as("needs issue 21 item 2 (Idempotency-Key): messages KH-1 queued, one per request")
                .containsExactlyInAnyOrderElementsOf(acknowledged.values());
        assertThat(received(la.db(DatabaseRole.APPLICATION), "kill-%")).as("needs issue 21 item 2 (Idempotency-Key): received by LA-1")
                .containsExactlyInAnyOrderElementsOf(acknowledged.values());
    }

    @Test
    @Order(8)
    void theAuditChainWrittenByBothInstancesVerifiesAgainstWhatThePartnerWitnessed() throws Exception {
        var signed = khDb.sql("select max(seq) from audit_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(60)).until(() -> khDb.sql("select coalesce(max(seq), 0) from audit_checkpoint")
                .query(Long.class).single() >= signed);
        var out = new ByteArrayOutputStream();
        int status = VerifyCommand.run(new String[] { "--jdbc-url", database.jdbcUrl(), "--node", "KH-1", "--witness", la.baseUrl() },
                Map.of("LIAISON_DB_USER", "liaison_app", "LIAISON_DB_PASSWORD", database.password(DatabaseRole.APPLICATION)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(VerifyCommand.INTACT);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("INTACT", "(signatures verified)");
    }

    /**
     * Posts {@code count} messages from four clients at once through the balancer, each until acknowledged,
     * and runs the fault once a fifth are acknowledged.
     */
    private void stream(String name, int count, Fault fault) throws Exception {
        var acks = new AtomicInteger();
        var next = new AtomicInteger();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            var running = new ArrayList<java.util.concurrent.Future<?>>();
            for (int c = 0; c < 4; c++) {
                running.add(clients.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        var subject = name + " " + n;
                        acknowledged.put(subject, sendUntilAcknowledged(subject));
                        acks.incrementAndGet();
                    }
                    return null;
                }));
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> acks.get() >= count / 5);
            fault.run();
            for (var client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
        }
        assertThat(acknowledged.keySet().stream().filter(s -> s.startsWith(name + " "))).hasSize(count);
    }

    /** A client that cannot tell whether a cut request was committed: it repeats it with the same key. */
    private UUID sendUntilAcknowledged(String subject) throws Exception {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var body = message("LA/MPS", subject);
        for (int attempt = 1; attempt <= 600; attempt++) {
            try {
                var response = khOfficer.post("/api/v1/messages", body, key);
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    return id(response);
                }
                if (response.statusCode() < 500 && response.statusCode() != 409) {
                    throw new AssertionError(subject + ": " + response.statusCode() + " " + response.body());
                }
            } catch (IOException cut) {
                // the balancer or the instance died with the request: it may have been committed
            }
            TimeUnit.MILLISECONDS.sleep(100); // the client's back-off, not a wait for the node's work
        }
        throw new AssertionError(subject + " was never acknowledged");
    }

    private void restart(NodeProcess instance, String name) throws IOException {
        instance.start().awaitReady();
        balancer.awaitInstance(name, "UP");
    }

    private static void awaitDelivered(JdbcClient sender, String subjects, int count) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> sender.sql(
                "select count(*) from exchange_message where direction = 'OUT' and status = 'DELIVERED' and subject like ?")
                .param(subjects).query(Long.class).single() >= count);
    }

    private static List<UUID> sent(JdbcClient db, String subjects) {
        return db.sql("select id from exchange_message where direction = 'OUT' and subject like ?").param(subjects)
                .query(UUID.class).list();
    }

    private static List<UUID> received(JdbcClient db, String subjects) {
        return db.sql("select id from exchange_message where direction = 'IN' and subject like ?").param(subjects)
                .query(UUID.class).list();
    }

    private static String message(String recipient, String subject) {
        var body = JSON.createObjectNode().put("recipient", recipient).put("kind", "NOTIFICATION")
                .put("category", "DRUG_TRAFFICKING_INFORMATION").put("purpose", "INVESTIGATION");
        body.putObject("payload").put("subject", subject).put("body", "Multi-instance run");
        return body.toString();
    }

    private static JsonNode decision(OfficerSession session, String query) throws Exception {
        return JSON.readTree(ok(session.post("/api/v1/policy/decisions", query)).body());
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static UUID id(HttpResponse<String> response) {
        return UUID.fromString(JSON.readTree(response.body()).path("id").asString());
    }

    static long count(JdbcClient db, String table) {
        try {
            return db.sql("select count(*) from " + table).query(Long.class).single();
        } catch (org.springframework.dao.DataAccessException e) {
            return 0; // not migrated yet
        }
    }

    @FunctionalInterface
    private interface Fault {
        void run() throws Exception;
    }
}
