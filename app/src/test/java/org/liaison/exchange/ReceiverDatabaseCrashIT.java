package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.liaison.NodeProcess;
import org.liaison.node.DatabaseRole;

/**
 * A receipt promises that the receiver stored the message (issue 20): with the receiver's PostgreSQL killed while
 * deliveries flow, every message the sender holds a receipt for must be in the receiver's database afterwards.
 * With {@code synchronous_commit} off, as the embedded database ran before, 2 of 400 were lost.
 */
class ReceiverDatabaseCrashIT {

    private static final int MESSAGES = 300;
    private static final String TEST_TRAFFIC = "category = 'DRUG_TRAFFICKING_INFORMATION'";

    @Test
    void everyMessageTheSenderHoldsAReceiptForIsInTheReceiversDatabaseAfterItsPostgresWasKilled() throws Exception {
        try (var la = new NodeProcess("LA-1"); var kh = new NodeProcess("KH-1")) {
            la.arg("--liaison.exchange.peers.KH-1=" + kh.baseUrl()).start();
            kh.arg("--liaison.exchange.peers.LA-1=" + la.baseUrl()).start();
            la.awaitHealthy();
            kh.awaitHealthy();
            var api = new OfficerApi(kh).signIn("kh.officer", "fault-injection-pw");
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> api.send("first", null) != null);

            ProcessHandle crashed;
            try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
                var sends = new ArrayList<Future<?>>();
                for (int t = 0; t < 4; t++) {
                    sends.add(senders.submit(() -> {
                        for (int i = 0; i < (MESSAGES - 1) / 4; i++) {
                            api.send("message " + i, null);
                        }
                        return null;
                    }));
                }
                await().atMost(Duration.ofSeconds(120)).until(() -> received(la) >= MESSAGES / 4);
                crashed = la.killDatabase();
                for (var send : sends) {
                    send.get();
                }
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> la.postmaster().filter(p -> !p.equals(crashed)).isPresent());

            var receipted = new HashSet<>(kh.db(DatabaseRole.APPLICATION).sql("select id from exchange_message where direction = 'OUT'"
                    + " and status = 'DELIVERED' and (receipt is not null or receipt_batch is not null) and " + TEST_TRAFFIC)
                    .query(UUID.class).list());
            assertThat(inReceiversDatabase(la)).containsAll(receipted);
            await().atMost(Duration.ofSeconds(180)).until(() -> inReceiversDatabase(la).size() >= 1 + (MESSAGES - 1) / 4 * 4);
            assertThat(inReceiversDatabase(la)).hasSize(1 + (MESSAGES - 1) / 4 * 4);
        }
    }

    private static long received(NodeProcess la) {
        return la.db(DatabaseRole.APPLICATION).sql("select count(*) from exchange_message where direction = 'IN' and " + TEST_TRAFFIC)
                .query(Long.class).single();
    }

    private static java.util.Set<UUID> inReceiversDatabase(NodeProcess la) {
        return new HashSet<>(la.db(DatabaseRole.APPLICATION).sql("select id from exchange_message where direction = 'IN' and "
                + TEST_TRAFFIC).query(UUID.class).list());
    }
}
