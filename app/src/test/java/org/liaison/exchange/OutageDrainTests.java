package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner that was down gets its backlog within seconds of its return, not when each message's backoff
 * runs out. The sender backs off for minutes here (a base of two minutes), so backoff alone would hold the
 * backlog for a minute or more after the partner is back; the probe of the partner's key export makes it due.
 */
class OutageDrainTests {

    private static final int CONVERSATIONS = 4;
    private static final int PER_CONVERSATION = 25;

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() throws IOException {
        kh = FederationNode.prepare("KH-1").with("liaison.exchange.max-attempts", 100_000)
                .with("liaison.exchange.backoff-base", "PT2M").with("liaison.exchange.backoff-max", "PT5M")
                .with("liaison.exchange.probe-interval", "PT0.5S");
        la = FederationNode.prepare("LA-1");
        TwoNodes.startTogether(kh, la);
    }

    @AfterAll
    static void stop() {
        kh.close();
        la.close();
    }

    @Test
    void aBacklogIsDeliveredWithin30SecondsOfThePartnersReturnInOrderAndOnce() throws Exception {
        la.stop();
        var conversations = backlog();
        var all = conversations.stream().flatMap(List::stream).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> headsTried(conversations));

        var earliestRetry = kh.db().sql("select min(next_attempt_at) from exchange_message where status = 'QUEUED' and attempts > 0")
                .query(Timestamp.class).single().toInstant();

        la.start();
        var back = Instant.now();
        assertThat(earliestRetry).as("when backoff alone would try again").isAfter(back.plusSeconds(40));

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(all) == all.size());
        assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(30));
        for (var conversation : conversations) {
            assertThat(la.db().sql("""
                    select id from exchange_message where direction = 'IN' and conversation_id = ? order by seq""")
                    .param(TwoNodes.messageOn(kh, conversation.getFirst()).conversation().value())
                    .query(UUID.class).list()).containsExactlyElementsOf(conversation.stream().map(MessageId::value).toList());
        }
    }

    private static List<List<MessageId>> backlog() throws Exception {
        var conversations = new ArrayList<List<MessageId>>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            var first = TwoNodes.send(kh, "KH/MOI", MessageMother.drugNotification("Backlog " + c + " message 0"));
            conversations.add(new ArrayList<>(List.of(first)));
        }
        for (int i = 1; i < PER_CONVERSATION; i++) {
            for (var conversation : conversations) {
                var in = TwoNodes.messageOn(kh, conversation.getFirst()).conversation();
                conversation.add(TwoNodes.send(kh, "KH/MOI", MessageMother.drugNotification("Backlog message " + i).inConversation(in)));
            }
        }
        return conversations;
    }

    /** Every conversation's first message has failed once and now waits out its backoff. */
    private static boolean headsTried(List<List<MessageId>> conversations) {
        return kh.db().sql("select count(*) from exchange_message where id in (:ids) and attempts > 0")
                .param("ids", conversations.stream().map(c -> c.getFirst().value()).toList())
                .query(Long.class).single() == conversations.size();
    }

    private static long delivered(List<MessageId> ids) {
        return kh.db().sql("select count(*) from exchange_message where status = 'DELIVERED' and id in (:ids)")
                .param("ids", ids.stream().map(MessageId::value).toList()).query(Long.class).single();
    }
}
