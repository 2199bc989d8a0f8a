package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.liaison.exchange.TwoNodes.inboxRows;
import static org.liaison.exchange.TwoNodes.messageOn;
import static org.liaison.exchange.TwoNodes.send;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.web.MessageRows;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.NoticeBatch;
import org.liaison.exchange.wire.ReadNotice;
import org.liaison.identity.Role;

/** When an officer on the receiving node opens a message, the sending node learns it through a signed notice. */
class FederationReadNoticeTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void theSenderShowsAMessageReadWithTheTimeTheRecipientOpenedIt() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugRequest("Read me, please"));
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).status() == MessageStatus.DELIVERED);
        assertThat(messageOn(kh, id).readAt()).isNull();

        openOnLa(id);

        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).readAt() != null);
        assertThat(messageOn(kh, id).readAt()).isEqualTo(messageOn(la, id).readAt());
        var row = kh.bean(MessageRows.class).row(messageOn(kh, id));
        assertThat(row.statusKey()).isEqualTo("exchange.status.read");
        assertThat(row.read()).isNotNull();
        assertThat(kh.db().sql("select actor from audit_entry where action = 'MESSAGE_READ' and subject = ?")
                .param("message:" + id).query(String.class).list()).as("the partner who read it is the actor").containsExactly("node:LA-1");
    }

    @Test
    void aReadNoticeReachesASenderThatWasDownAndItsSignatureIsKept() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugNotification("Read while the sender is away"));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(la, id) == 1);
        kh.stop();
        openOnLa(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> noticeAttempts(id) >= 1);
        kh.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> messageOn(kh, id).readAt() != null);
        var notice = kh.db().sql("select read_notice from exchange_message where id = ?").param(id.value())
                .query(String.class).single();
        var opened = kh.bean(Envelopes.class).openNotice(notice);
        assertThat(opened.readerAgency()).isEqualTo("LA/MPS");
        assertThat(opened.envelopeSha256()).isEqualTo(kh.bean(ExchangeMessages.class).stored(id).orElseThrow().sha256());
        await().atMost(Duration.ofSeconds(10)).until(() -> la.db().sql("select status from exchange_notice where message_id = ?")
                .param(id.value()).query(String.class).single().equals("DELIVERED"));
    }

    @Test
    void refusesANoticeForAnotherEnvelopeOrWithABrokenSignatureAndChangesNothing() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugNotification("Not read yet"));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(la, id) == 1);
        var otherEnvelope = la.bean(Envelopes.class).seal(new ReadNotice(1, id.toString(), "0".repeat(64), "LA-1", "LA/MPS",
                java.time.Instant.now()));
        var genuine = la.bean(Envelopes.class).seal(new ReadNotice(1, id.toString(),
                kh.bean(ExchangeMessages.class).stored(id).orElseThrow().sha256(), "LA-1", "LA/MPS", java.time.Instant.now()));
        var parts = genuine.split("\\.");
        var brokenSignature = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);

        var answer = postNotices(otherEnvelope, brokenSignature);

        assertThat(answer).contains("\"reason\":\"WRONG_RECIPIENT\"").contains("\"reason\":\"BAD_SIGNATURE\"");
        assertThat(messageOn(kh, id).readAt()).isNull();
    }

    private static String postNotices(String... notices) throws Exception {
        var body = tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(new NoticeBatch(java.util.List.of(notices)));
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(kh.baseUrl() + DeliveryRequest.PATH))
                    .header("Content-Type", NoticeBatch.MEDIA_TYPE)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static void openOnLa(MessageId id) throws Exception {
        Officers.as("la.officer", "LA/MPS", () -> {
            la.bean(Exchange.class).markRead(id);
            return null;
        }, Role.OFFICER);
    }

    private static int noticeAttempts(MessageId id) {
        return la.db().sql("select attempts from exchange_notice where message_id = ?").param(id.value())
                .query(Integer.class).single();
    }
}
