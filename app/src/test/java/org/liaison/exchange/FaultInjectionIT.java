package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.liaison.NodeProcess;
import org.liaison.node.DatabaseRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jepsen-style total-queue test on the packaged node: KH-1 and LA-1 run as separate {@code java -jar} processes,
 * each on its own durable embedded PostgreSQL, as users run them; 10,000 messages in 100 conversations flow from
 * KH-1 to LA-1 through a proxy that delays, freezes and cuts connections, while LA-1 is killed with SIGKILL and
 * restarted, LA-1's database server is killed with SIGKILL under the running node (its supervisor restarts it),
 * and KH-1 is killed right after a burst of sends (messages committed, deliveries in flight) and restarted. Every
 * message sent is then classified as delivered once, lost, duplicated or unexpected, and each conversation's
 * order is checked.
 */
class FaultInjectionIT {

    /** The test's own messages; the demo nodes also share their demo alerts, which are no part of the check. */
    private static final String TEST_TRAFFIC = "category = 'DRUG_TRAFFICKING_INFORMATION'";

    private static final int CONVERSATIONS = 100;
    private static final int MESSAGES = 10_000;

    @Test
    void tenThousandMessagesArriveExactlyOnceInOrderThroughNetworkFaultsAndKills() throws Exception {
        try (var la = new NodeProcess("LA-1");
             var kh = new NodeProcess("KH-1");
             var proxy = new ChaosProxy(la.port)) {
            la.arg("--liaison.exchange.peers.KH-1=" + kh.baseUrl()).start();
            kh.arg("--liaison.exchange.peers.LA-1=http://127.0.0.1:" + proxy.port()).start();
            la.awaitHealthy();
            kh.awaitHealthy();
            await().atMost(Duration.ofSeconds(60)).until(() -> count(kh, "exchange_partner_key") > 0
                    && count(la, "exchange_partner_key") > 0);
            var api = new OfficerApi(kh).signIn("kh.officer", "fault-injection-pw");
            var sent = new ConcurrentHashMap<UUID, List<UUID>>();
            startConversations(api, sent);

            var chaos = new AtomicBoolean(true);
            var faults = Thread.ofPlatform().start(() -> cycle(proxy, chaos));
            sendBurst(api, sent, MESSAGES / 2 - CONVERSATIONS);
            restart(la);
            kh.kill(); // deliveries of the burst are in flight; their rows are committed
            kh.start();
            kh.awaitHealthy();
            sendBurst(api, sent, MESSAGES / 4);
            var crashed = la.killDatabase(); // deliveries of the bursts are flowing into LA-1's database
            sendBurst(api, sent, MESSAGES / 4);
            await().atMost(Duration.ofSeconds(120)).until(() -> la.postmaster().filter(p -> !p.equals(crashed)).isPresent());
            restart(la);
            chaos.set(false);
            faults.join();
            proxy.set(ChaosProxy.Mode.PASS);

            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500)).until(() -> kh.db(DatabaseRole.APPLICATION).sql(
                    "select count(*) from exchange_message where direction = 'OUT' and status = 'DELIVERED' and " + TEST_TRAFFIC)
                    .query(Long.class).single() == MESSAGES);
            check(la.db(DatabaseRole.APPLICATION), sent);
        }
    }

    private static void startConversations(OfficerApi api, Map<UUID, List<UUID>> sent) throws Exception {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            var first = api.send("conversation 0 message 0", null);
            sent.put(api.conversationOf(first), new ArrayList<>(List.of(first)));
            return true;
        });
        for (int c = 1; c < CONVERSATIONS; c++) {
            var first = api.send("conversation " + c + " message 0", null);
            sent.put(api.conversationOf(first), new ArrayList<>(List.of(first)));
        }
    }

    /** Each conversation is written by one thread only, so its order is the order of the API's answers. */
    private static void sendBurst(OfficerApi api, Map<UUID, List<UUID>> sent, int count) throws Exception {
        var conversations = List.copyOf(sent.keySet());
        int threads = 8;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var tasks = new ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < threads; t++) {
                var own = new ArrayList<UUID>();
                for (int c = t; c < conversations.size(); c += threads) {
                    own.add(conversations.get(c));
                }
                int share = count / threads + (t < count % threads ? 1 : 0);
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        var conversation = own.get(i % own.size());
                        var ids = sent.get(conversation);
                        ids.add(api.send("message " + ids.size(), conversation));
                    }
                    return null;
                }));
            }
            for (var task : tasks) {
                task.get();
            }
        }
    }

    private static void restart(NodeProcess node) throws Exception {
        node.kill();
        node.start();
        node.awaitHealthy();
    }

    private static void cycle(ChaosProxy proxy, AtomicBoolean running) {
        var plan = List.of(ChaosProxy.Mode.DELAY, ChaosProxy.Mode.PASS, ChaosProxy.Mode.FREEZE, ChaosProxy.Mode.PASS,
                ChaosProxy.Mode.CUT, ChaosProxy.Mode.PASS);
        for (int round = 0; running.get(); round++) {
            proxy.set(plan.get(round % plan.size()));
            await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
        }
    }

    private static void check(JdbcClient laDb, Map<UUID, List<UUID>> sent) {
        var received = laDb.sql("select id, conversation_id from exchange_message where direction = 'IN' and " + TEST_TRAFFIC + " order by seq")
                .query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
        var expected = new HashSet<UUID>();
        sent.values().forEach(expected::addAll);
        var seen = new HashSet<UUID>();
        long duplicated = received.stream().filter(r -> !seen.add(r[0])).count();
        long unexpected = received.stream().filter(r -> !expected.contains(r[0])).count();
        long lost = expected.stream().filter(id -> !seen.contains(id)).count();
        assertThat(expected).hasSize(MESSAGES);
        assertThat(lost).as("lost").isZero();
        assertThat(duplicated).as("duplicated").isZero();
        assertThat(unexpected).as("unexpected").isZero();
        sent.forEach((conversation, order) -> assertThat(received.stream().filter(r -> r[1].equals(conversation))
                .map(r -> r[0]).toList()).as("order in " + conversation).containsExactlyElementsOf(order));
    }

    private static long count(NodeProcess node, String table) {
        try {
            return node.db(DatabaseRole.APPLICATION).sql("select count(*) from " + table).query(Long.class).single();
        } catch (org.springframework.dao.DataAccessException e) {
            return 0; // the node has not migrated its schema yet
        }
    }
}
