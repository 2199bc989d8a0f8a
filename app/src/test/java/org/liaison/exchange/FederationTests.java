package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.liaison.exchange.MessageMother.drugNotification;
import static org.liaison.exchange.MessageMother.drugRequest;
import static org.liaison.exchange.MessageMother.replyTo;
import static org.liaison.exchange.TwoNodes.inboxRows;
import static org.liaison.exchange.TwoNodes.messageOn;
import static org.liaison.exchange.TwoNodes.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.store.MessageContents;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.identity.Role;
import org.liaison.shared.Forbidden;

/** Two real nodes, KH-1 and LA-1, on loopback: delivery, receipts, replies, outages and the policy on send. */
class FederationTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void deliversARequestAndKeepsTheReceiversSignedReceipt() throws Exception {
        var id = send(kh, "KH/MOI", drugRequest("Methamphetamine convoy near Stung Treng"));

        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).status() == MessageStatus.DELIVERED);
        var sent = messageOn(kh, id);
        assertThat(sent.receiptVerified()).isTrue();
        assertThat(sent.clause()).startsWith("KH-LA-SEC-2026");
        assertThat(inboxRows(la, id)).isEqualTo(1);
        var received = messageOn(la, id);
        assertThat(received.status()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(received.subject()).isEqualTo("Methamphetamine convoy near Stung Treng");

        var stored = kh.bean(ExchangeMessages.class).stored(id).orElseThrow();
        var receipt = kh.bean(Envelopes.class).openReceipt(stored.receipt(), "LA-1", id.toString(), stored.sha256());
        assertThat(receipt.receiverAgency()).isEqualTo("LA/MPS");
        assertThat(la.db().sql("select actor from audit_entry where action = 'MESSAGE_RECEIVED' and subject = ?")
                .param("message:" + id).query(String.class).list()).as("the sending node is the actor").containsExactly("node:KH-1");
        assertThat(kh.audited("MESSAGE_QUEUED")).isPositive();
    }

    @Test
    void aReplyTravelsBackInTheSameConversationAndMarksTheRequestAnswered() throws Exception {
        var request = send(kh, "KH/MOI", drugRequest("Records of vehicle 2AB-1234"));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(la, request) == 1);

        var reply = send(la, "LA/MPS", replyTo(request, "Vehicle 2AB-1234 registered in Champasak"));

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(kh, reply) == 1);
        assertThat(messageOn(kh, reply).conversation()).isEqualTo(messageOn(kh, request).conversation());
        assertThat(messageOn(kh, request).answeredAt()).isNotNull();
        assertThat(messageOn(la, request).status()).isEqualTo(MessageStatus.ANSWERED);
    }

    @Test
    void refusesToQueueWhatNoAgreementAllowsAndSaysWhy() throws Exception {
        var before = kh.db().sql("select count(*) from exchange_message where category = 'PRISONER_RECORD'").query(Long.class).single();
        var uncovered = new OutgoingMessage(MessageMother.KH_MOI, MessageMother.LA_MPS, MessageKind.NOTIFICATION,
                DataCategory.PRISONER_RECORD, Purpose.STATISTICS, MessageMother.letter("Prisoner list"), null, null, List.of());

        assertThatThrownBy(() -> send(kh, "KH/MOI", uncovered)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("no agreement allows");
        assertThat(kh.db().sql("select count(*) from exchange_message where category = 'PRISONER_RECORD'").query(Long.class).single())
                .isEqualTo(before);
        await().atMost(Duration.ofSeconds(5)).until(() -> kh.audited("MESSAGE_DENIED") > 0);
    }

    @Test
    void aPartnerThatWasDownGetsEveryMessageExactlyOnceInConversationOrder() throws Exception {
        la.stop();
        var conversations = new ArrayList<List<MessageId>>();
        for (int c = 0; c < 3; c++) {
            var first = send(kh, "KH/MOI", drugNotification("Outage conversation " + c + " message 0"));
            conversations.add(new ArrayList<>(List.of(first)));
        }
        for (int i = 1; i < 5; i++) {
            for (var conversation : conversations) {
                conversation.add(sendInConversation(conversation.getFirst(), "message " + i));
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> attemptsOf(conversations.getFirst().getFirst()) >= 2);
        la.start();

        var all = conversations.stream().flatMap(List::stream).toList();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(kh.db().sql("""
                select status || ' ' || coalesce(last_error, '') from exchange_message where direction = 'OUT' and id in (:ids)""")
                .param("ids", all.stream().map(MessageId::value).toList()).query(String.class).list())
                .hasSize(all.size()).allMatch(status -> status.startsWith("DELIVERED")));
        for (var conversation : conversations) {
            var arrived = la.db().sql("""
                    select id from exchange_message where direction = 'IN' and conversation_id = ? order by seq""")
                    .param(messageOn(kh, conversation.getFirst()).conversation().value())
                    .query((rs, n) -> new MessageId((java.util.UUID) rs.getObject(1))).list();
            assertThat(arrived).containsExactlyElementsOf(conversation);
        }
    }

    @Test
    void aSenderStoppedWithQueuedMessagesSendsThemAfterItsRestartWithoutDuplicates() throws Exception {
        la.stop();
        var queued = new ArrayList<MessageId>();
        for (int i = 0; i < 10; i++) {
            queued.add(send(kh, "KH/MOI", drugNotification("Queued before the sender stopped " + i)));
        }
        kh.stop();
        la.start();
        kh.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> queued.stream().allMatch(id -> inboxRows(la, id) == 1));
        assertThat(la.db().sql("select count(*) from exchange_message where direction = 'IN' and id in (:ids)")
                .param("ids", queued.stream().map(MessageId::value).toList()).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void anAttachmentTravelsWithItsSignedHashAndArrivesIntact() throws Exception {
        var photo = new Attachment("seizure.jpg", "image/jpeg", "JPEG bytes of the seized tablets".getBytes());
        var message = new OutgoingMessage(MessageMother.KH_MOI, MessageMother.LA_MPS, MessageKind.NOTIFICATION,
                DataCategory.DRUG_SEIZURE_REPORT, Purpose.INVESTIGATION, MessageMother.seizure("Seizure photo"), null,
                null, List.of(photo));
        var id = send(kh, "KH/MOI", message);

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(la, id) == 1);
        var received = la.bean(MessageContents.class).files(messageOn(la, id));
        assertThat(received).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("seizure.jpg");
            assertThat(a.sha256()).isEqualTo(photo.sha256());
        });
    }

    @Test
    void anAdministratorRequeuesADeadLetterAndItIsDelivered() throws Exception {
        la.stop();
        var id = send(kh, "KH/MOI", drugNotification("Given up while the partner was away"));
        kh.db().sql("update exchange_message set status = 'DEAD', last_error = 'UNREACHABLE: test' where id = ?")
                .param(id.value()).update();
        la.start();
        assertThat(messageOn(kh, id).status()).isEqualTo(MessageStatus.DEAD);

        Officers.as("kh.admin", "KH/MOI", () -> {
            kh.bean(Exchange.class).retryDeadLetter(id);
            return null;
        }, Role.ADMIN);

        await().atMost(Duration.ofSeconds(30)).until(() -> messageOn(kh, id).status() == MessageStatus.DELIVERED);
        assertThat(kh.audited("MESSAGE_REQUEUED")).isPositive();
    }

    private static MessageId sendInConversation(MessageId first, String subject) throws Exception {
        return send(kh, "KH/MOI", drugNotification(subject).inConversation(messageOn(kh, first).conversation()));
    }

    private static int attemptsOf(MessageId id) throws Exception {
        return messageOn(kh, id).attempts();
    }
}
