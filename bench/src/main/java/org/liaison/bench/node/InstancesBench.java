package org.liaison.bench.node;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.bench.exchange.Latencies;
import org.liaison.identity.signin.Totp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One node pair (KH-1 → LA-1) with one and with two instances of the sender on one external PostgreSQL, in the
 * same run (issue 21): messages/s and p99 through the officers' API with 16 closed-loop clients for a fixed time,
 * first all sent to one instance, then spread over both; and the time a standby instance takes to carry on the
 * delivery after {@code kill -9} of the instance that was delivering. Every instance is the packaged jar in a JVM
 * of its own. The shared PostgreSQL is durable (fsync, synchronous_commit and full_page_writes on), as the node
 * insists on.
 *
 * <p>Usage: {@code ./liaison bench instances [seconds per phase] [clients]}
 */
public final class InstancesBench {

    static final String PASSWORD = "bench-password-0";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private InstancesBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        var jar = Path.of("app/target/liaison-node-exec.jar").toAbsolutePath();
        System.out.printf("Liaison instances benchmark — %d cores, Java %s, load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
        try (var postgres = durablePostgres()) {
            var db = JdbcClient.create(postgres.getPostgresDatabase());
            db.sql("create role liaison_owner login password 'owner'").update();
            db.sql("create role liaison_app login password 'app'").update();
            db.sql("create database liaison owner liaison_owner encoding 'UTF8' template template0").update();
            var url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/liaison";
            var kh = JdbcClient.create(postgres.getDatabase("liaison_app", "liaison"));
            System.out.println("PostgreSQL " + db.sql("show server_version").query(String.class).single() + ": fsync "
                    + setting(db, "fsync") + ", synchronous_commit " + setting(db, "synchronous_commit")
                    + ", full_page_writes " + setting(db, "full_page_writes"));
            run(jar, url, kh, seconds, clients);
        }
    }

    private static void run(Path jar, String url, JdbcClient kh, int seconds, int clients) throws Exception {
        var la = new InstanceProcess(jar, "LA-1");
        var a = new InstanceProcess(jar, "KH-1");
        var b = new InstanceProcess(jar, "KH-1");
        var secret = java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32));
        for (var instance : List.of(a, b)) {
            instance.env("LIAISON_BASE_URL", a.baseUrl()).env("LIAISON_SECRET_KEY", secret)
                    .env("SPRING_DATASOURCE_URL", url).env("SPRING_DATASOURCE_USERNAME", "liaison_app")
                    .env("SPRING_DATASOURCE_PASSWORD", "app").env("SPRING_FLYWAY_USER", "liaison_owner")
                    .env("SPRING_FLYWAY_PASSWORD", "owner").env("SPRING_APPLICATION_JSON", peer("LA-1", la));
        }
        la.env("SPRING_APPLICATION_JSON", peer("KH-1", a));
        try {
            la.start();
            a.start().awaitReady();
            b.start().awaitReady();
            la.awaitReady();
            var onA = signIn(a, "kh.officer");
            var sessions = List.of(onA, onA.at(b)); // one session, kept in the database, used on both instances
            awaitPinned(sessions.getFirst());
            phase(kh, "warm-up", List.of(sessions.getFirst(), sessions.get(1)), Math.max(10, seconds / 3), clients, false);
            phase(kh, "one sender instance", List.of(sessions.getFirst()), seconds, clients, true);
            phase(kh, "two sender instances", sessions, seconds, clients, true);
            takeover(kh, a, sessions.getFirst(), clients);
            System.out.println("load average at the end " + loadAverage());
        } finally {
            for (var instance : List.of(a, b, la)) {
                instance.stop();
            }
        }
    }

    /** {@code clients} closed-loop clients for {@code seconds}, spread evenly over the sessions' instances. */
    private static void phase(JdbcClient kh, String name, List<Session> sessions, int seconds, int clients, boolean print)
            throws Exception {
        var tag = name.replace(' ', '-');
        var sent = send(sessions, tag, seconds, clients);
        awaitDelivered(kh, tag, sent);
        if (print) {
            var figures = kh.sql("""
                    select extract(epoch from max(delivered_at) - min(sent_at)),
                           array_agg(extract(epoch from delivered_at - sent_at) * 1000)
                    from exchange_message where direction = 'OUT' and subject like ?""").param(tag + " %")
                    .query((rs, n) -> new Object[] { rs.getDouble(1), rs.getArray(2).getArray() }).single();
            var millis = new ArrayList<Double>();
            for (var value : (Object[]) figures[1]) {
                millis.add(((Number) value).doubleValue());
            }
            System.out.printf("%-22s %6d msgs  accepted %6.1f msg/s  delivered %6.1f msg/s  end-to-end %s%n", name,
                    sent, sent / (double) seconds, sent / (double) figures[0], Latencies.of(millis));
        }
    }

    /**
     * Queues a backlog through instance A, kills it with SIGKILL mid-delivery and measures how long until the
     * standby delivers again, and until the whole backlog is delivered.
     */
    private static void takeover(JdbcClient kh, InstanceProcess a, Session session, int clients) throws Exception {
        int backlog = send(List.of(session), "takeover", 10, clients);
        var killed = Instant.now();
        a.kill();
        awaitDelivered(kh, "takeover", backlog);
        var first = kh.sql("select min(delivered_at) from exchange_message where direction = 'OUT' and delivered_at > ?")
                .param(Timestamp.from(killed)).query(Timestamp.class).single().toInstant();
        var last = kh.sql("select max(delivered_at) from exchange_message where direction = 'OUT' and subject like 'takeover %'")
                .query(Timestamp.class).single().toInstant();
        long undelivered = kh.sql("select count(*) from exchange_message where direction = 'OUT' and subject like 'takeover %' and delivered_at > ?")
                .param(Timestamp.from(killed)).query(Long.class).single();
        System.out.printf("takeover after kill -9: %d of %d messages still to deliver; the standby's first delivery %s ms "
                        + "after the kill, the last %d ms after it%n", undelivered, backlog,
                java.time.Duration.between(killed, first).toMillis(),
                java.time.Duration.between(killed, last).toMillis());
    }

    private static int send(List<Session> sessions, String tag, int seconds, int clients) throws Exception {
        var count = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var session = sessions.get(c % sessions.size());
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        session.send(tag + " " + count.getAndIncrement());
                    }
                    return null;
                });
            }
        }
        return count.get();
    }

    private static void awaitDelivered(JdbcClient kh, String tag, int sent) throws InterruptedException {
        for (long deadline = System.nanoTime() + 600_000_000_000L; pending(kh, tag) > 0 || delivered(kh, tag) < sent; ) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(tag + ": not all delivered in 10 minutes");
            }
            Thread.sleep(20);
        }
    }

    private static long pending(JdbcClient kh, String tag) {
        return kh.sql("select count(*) from exchange_message where direction = 'OUT' and status <> 'DELIVERED' and subject like ?")
                .param(tag + " %").query(Long.class).single();
    }

    private static long delivered(JdbcClient kh, String tag) {
        return kh.sql("select count(*) from exchange_message where direction = 'OUT' and status = 'DELIVERED' and subject like ?")
                .param(tag + " %").query(Long.class).single();
    }

    private static void awaitPinned(Session session) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                session.send("pinning 0");
                return;
            } catch (IllegalStateException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("KH-1 could not send to LA-1");
    }

    /** The partner's pinned URL (a map key with a dash cannot be spelled as an environment variable). */
    private static String peer(String id, InstanceProcess partner) {
        return "{\"liaison.exchange.peers." + id + "\":\"" + partner.baseUrl() + "\"}";
    }

    private static EmbeddedPostgres durablePostgres() throws java.io.IOException {
        return EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("max_connections", "100").start();
    }

    private static String setting(JdbcClient db, String name) {
        return db.sql("select current_setting(?)").param(name).query(String.class).single();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static Session signIn(InstanceProcess instance, String username) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        var session = new Session(client, instance.baseUrl());
        session.form("/login", "username=" + username + "&password=" + PASSWORD + "&_csrf=" + session.csrf("/login"));
        var secret = Files.readAllLines(instance.dataDir.resolve("demo-logins.txt")).stream()
                .filter(l -> l.startsWith(username + " ")).findFirst().orElseThrow().trim().split("\\s+")[3];
        session.form("/login/mfa", "code=" + Totp.code(secret, Instant.now()) + "&_csrf=" + session.csrf("/login/mfa"));
        session.token = session.csrf("/");
        return session;
    }

    /** An officer's signed-in HTTP session on one instance. */
    private static final class Session {

        private final HttpClient client;
        private final String baseUrl;
        private String token = "";

        Session(HttpClient client, String baseUrl) {
            this.client = client;
            this.baseUrl = baseUrl;
        }

        /** The same session (cookie and CSRF token) sent to another instance. */
        Session at(InstanceProcess other) {
            var session = new Session(client, other.baseUrl());
            session.token = token;
            return session;
        }

        void send(String subject) throws Exception {
            var body = """
                    {"recipient":"LA/MPS","kind":"NOTIFICATION","category":"DRUG_TRAFFICKING_INFORMATION",
                     "purpose":"INVESTIGATION","payload":{"subject":"%s","body":"%s"}}""".formatted(subject, "x".repeat(900));
            var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/messages"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("send answered " + response.statusCode() + ": " + response.body());
            }
        }

        String csrf(String path) throws Exception {
            var html = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
            var matcher = CSRF.matcher(html);
            if (!matcher.find()) {
                throw new IllegalStateException("no CSRF token on " + path);
            }
            return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        }

        void form(String path, String body) throws Exception {
            client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
