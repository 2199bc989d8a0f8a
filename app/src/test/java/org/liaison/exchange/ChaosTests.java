package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.liaison.exchange.trust.Partners;

/**
 * Jepsen-style total-queue check: 1,000 messages in 20 conversations flow from KH-1 to LA-1 through a proxy
 * that delays, freezes and cuts connections, while LA-1 is stopped and restarted. Every message is then
 * classified: delivered once, lost, duplicated or unexpected; and each conversation must arrive in order.
 */
class ChaosTests {

    /** The test's own messages; the demo nodes also share their demo alerts, which are no part of the check. */
    private static final String TEST_TRAFFIC = "category = 'DRUG_TRAFFICKING_INFORMATION'";

    private static final int CONVERSATIONS = 20;
    private static final int PER_CONVERSATION = 50;

    @Test
    void noMessageIsLostDuplicatedOrReorderedThroughDelaysFreezesCutsAndARestart() throws Exception {
        var la = FederationNode.prepare("LA-1");
        try (var proxy = new ChaosProxy(la.port); var kh = FederationNode.prepare("KH-1")) {
            kh.with("liaison.exchange.peers.LA-1", "http://127.0.0.1:" + proxy.port())
                    .with("liaison.exchange.max-attempts", 100_000).with("liaison.exchange.request-timeout", "PT1S");
            la.trusting(kh).start();
            kh.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> !kh.bean(Partners.class).keysOf("LA-1").isEmpty()
                    && !la.bean(Partners.class).keysOf("KH-1").isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> kh.bean(Partners.class).find("LA-1").isPresent());

            var faults = new AtomicBoolean(true);
            var chaos = Thread.ofPlatform().start(() -> injectFaults(proxy, la, faults));
            var sent = sendAll(kh);
            faults.set(false);
            chaos.join();
            proxy.set(ChaosProxy.Mode.PASS);
            if (!la.running()) {
                la.start();
            }

            var all = sent.values().stream().flatMap(List::stream).toList();
            await().atMost(Duration.ofSeconds(120)).until(() -> kh.db().sql(
                    "select count(*) from exchange_message where direction = 'OUT' and status = 'DELIVERED' and " + TEST_TRAFFIC)
                    .query(Long.class).single() == all.size());
            check(la, sent);
            var attempts = kh.db().sql("select sum(attempts) from exchange_message where direction = 'OUT'")
                    .query(Long.class).single();
            assertThat(attempts).as("the faults forced retries").isGreaterThan(all.size());
        } finally {
            la.close();
        }
    }

    private static Map<UUID, List<UUID>> sendAll(FederationNode kh) throws Exception {
        var sent = new LinkedHashMap<UUID, List<UUID>>();
        var conversations = new ArrayList<ConversationId>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            var first = TwoNodes.send(kh, "KH/MOI", MessageMother.drugNotification("chaos " + c + "/0"));
            var conversation = TwoNodes.messageOn(kh, first).conversation();
            conversations.add(conversation);
            sent.put(conversation.value(), new ArrayList<>(List.of(first.value())));
        }
        for (int i = 1; i < PER_CONVERSATION; i++) {
            for (var conversation : conversations) {
                var id = TwoNodes.send(kh, "KH/MOI", MessageMother.drugNotification("chaos " + i).inConversation(conversation));
                sent.get(conversation.value()).add(id.value());
            }
        }
        return sent;
    }

    private static void injectFaults(ChaosProxy proxy, FederationNode la, AtomicBoolean running) {
        var plan = List.of(ChaosProxy.Mode.DELAY, ChaosProxy.Mode.FREEZE, ChaosProxy.Mode.PASS, ChaosProxy.Mode.CUT,
                ChaosProxy.Mode.PASS);
        int round = 0;
        while (running.get() || round < plan.size()) {
            proxy.set(plan.get(round % plan.size()));
            if (round == 2) {
                la.stop(); // the receiver goes down while traffic is in flight …
            }
            if (round == 4) {
                la.start(); // … and comes back on the same database and port
            }
            await().pollDelay(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> true);
            round++;
        }
    }

    /** Classifies every sent message on the receiver: exactly once and in conversation order, nothing else. */
    private static void check(FederationNode la, Map<UUID, List<UUID>> sent) {
        var received = la.db().sql("select id, conversation_id from exchange_message where direction = 'IN' and " + TEST_TRAFFIC + " order by seq")
                .query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
        var expected = new HashSet<UUID>();
        sent.values().forEach(expected::addAll);
        var seen = new HashSet<UUID>();
        var duplicated = received.stream().filter(r -> !seen.add(r[0])).count();
        var unexpected = received.stream().filter(r -> !expected.contains(r[0])).count();
        var lost = expected.stream().filter(id -> !seen.contains(id)).count();
        assertThat(lost).as("lost").isZero();
        assertThat(duplicated).as("duplicated").isZero();
        assertThat(unexpected).as("unexpected").isZero();
        sent.forEach((conversation, order) -> assertThat(received.stream().filter(r -> r[1].equals(conversation))
                .map(r -> r[0]).toList()).as("order of conversation " + conversation).containsExactlyElementsOf(order));
    }
}
