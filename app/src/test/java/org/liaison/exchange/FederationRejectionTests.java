package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.liaison.exchange.TwoNodes.inboxRows;
import static org.liaison.exchange.TwoNodes.messageOn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.exchange.inbound.UnverifiedRefusals;
import org.liaison.exchange.wire.Envelope;

/**
 * Deliveries the receiver must refuse, each sent by the real sender's outbox so that both sides record it:
 * the sender marks the message REJECTED with the receiver's reason and audits it, the receiver logs and
 * audits the refusal and stores nothing.
 */
class FederationRejectionTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void rejectsATamperedPayload() throws Exception {
        var original = Forge.drugEnvelope(kh);
        var compact = Forge.seal(kh, original);
        var changed = MessageMother.plainPayload("Forged DRUG_TRAFFICKING_INFORMATION, quantity 10 kg (was 1 kg)");
        var tampered = new Envelope(1, original.id(), original.conversation(), null, original.sender(), original.recipient(),
                original.kind(), original.category(), original.purpose(), original.clause(), original.handling(),
                original.sentAt(), original.idempotencyKey(), null, original.schema(), changed, original.attachments());

        expectRefusedOnBothSides(Forge.queue(kh, original, Forge.tamper(compact, tampered)), "BAD_SIGNATURE", false);
    }

    @Test
    void rejectsASignatureByAKeyThePartnerDidNotPin() throws Exception {
        var envelope = Forge.drugEnvelope(kh);
        expectRefusedOnBothSides(Forge.queue(kh, envelope, Forge.signWithWrongKey(kh, envelope)), "BAD_SIGNATURE", false);
    }

    @Test
    void rejectsAStaleMessage() throws Exception {
        var envelope = Forge.envelope(kh, DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION,
                Instant.now().minus(Duration.ofDays(8)));
        expectRefusedOnBothSides(Forge.queue(kh, envelope, Forge.seal(kh, envelope)), "STALE", true);
    }

    @Test
    void rejectsWhatTheReceiversOwnAgreementsDoNotCover() throws Exception {
        var envelope = Forge.envelope(kh, DataCategory.PRISONER_RECORD, Purpose.STATISTICS, Instant.now());
        var id = expectRefusedOnBothSides(Forge.queue(kh, envelope, Forge.seal(kh, envelope)), "POLICY_DENIED", true);
        assertThat(messageOn(kh, id).lastError()).contains("this node's agreements do not allow it");
    }

    @Test
    void rejectsAReplayOfAnIdempotencyKeyWithOtherContent() throws Exception {
        var first = Forge.drugEnvelope(kh);
        var delivered = Forge.queue(kh, first, Forge.seal(kh, first));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(la, delivered) == 1);

        var other = Forge.drugEnvelope(kh);
        var replay = new Envelope(1, other.id(), other.conversation(), null, other.sender(), other.recipient(), other.kind(),
                other.category(), other.purpose(), other.clause(), other.handling(), other.sentAt(), first.idempotencyKey(),
                null, other.schema(), other.payload(), other.attachments());
        expectRefusedOnBothSides(Forge.queue(kh, replay, Forge.seal(kh, replay), other.idempotencyKey()), "REPLAY", true);
    }

    @Test
    void answersARedeliveryOfTheSameEnvelopeWithTheOriginalReceiptAndStoresItOnce() throws Exception {
        var envelope = Forge.drugEnvelope(kh);
        var compact = Forge.seal(kh, envelope);
        var body = "{\"envelope\":\"" + compact + "\",\"attachments\":[]}";

        var first = post(body);
        var second = post(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"duplicate\":true").contains(first.body().substring(12, 80));
        assertThat(inboxRows(la, MessageId.parse(envelope.id()))).isEqualTo(1);
    }

    @Test
    void answersAnOversizedDeliveryWith413ProblemJson() throws Exception {
        var response = post("{\"envelope\":\"" + "A".repeat(1_100_000) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"reason\":\"TOO_LARGE\"");
    }

    @Test
    void answersAMalformedDeliveryWith400ProblemJsonAndCountsItPerAddress() throws Exception {
        var refusals = la.bean(UnverifiedRefusals.class);
        refusals.flush();
        long before = la.audited("UNVERIFIED_DELIVERIES_REFUSED");
        var notJson = post("this is not a delivery");
        var notJws = post("{\"envelope\":\"not.a.jws!\"}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"reason\":\"MALFORMED\"");
        assertThat(notJws.statusCode()).isEqualTo(400);
        assertThat(notJws.body()).contains("not a compact JWS");
        refusals.flush();
        assertThat(la.audited("UNVERIFIED_DELIVERIES_REFUSED")).isEqualTo(before + 1);
        assertThat(la.db().sql("""
                select subject || ' ' || actor || ' ' || details from audit_entry
                where action = 'UNVERIFIED_DELIVERIES_REFUSED' order by seq desc limit 1""").query(String.class).single())
                .matches("address:(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1) system MALFORMED ×2: 2 refused from .*");
    }

    /**
     * Both sides record the refusal. The receiver writes one entry per refusal, as the sending node, when the
     * envelope's signature verified ({@code signed}); otherwise it counts the refusal per address and interval.
     */
    private static MessageId expectRefusedOnBothSides(MessageId id, String reason, boolean signed) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).status() == MessageStatus.REJECTED);
        assertThat(messageOn(kh, id).lastError()).startsWith(reason);
        assertThat(inboxRows(la, id)).isZero();
        assertThat(countOn(kh, "audit_entry where action = 'MESSAGE_DELIVERY_REJECTED' and subject = ?", id)).isEqualTo(1);
        if (signed) {
            assertThat(la.db().sql("""
                    select actor from audit_entry where action = 'MESSAGE_REJECTED' and subject = ? and details like ?
                    and outcome = 'DENIED'""").params("message:" + id, reason + "%").query(String.class).list())
                    .containsExactly("node:KH-1");
            assertThat(la.db().sql("select count(*) from exchange_rejection where reason = ? and message_id = ?")
                    .params(reason, id.value()).query(Long.class).single()).isEqualTo(1);
        } else {
            la.bean(UnverifiedRefusals.class).flush();
            assertThat(la.db().sql("""
                    select count(*) from audit_entry where action = 'UNVERIFIED_DELIVERIES_REFUSED' and details like ?
                    and outcome = 'DENIED'""").param(reason + "%").query(Long.class).single()).isPositive();
            assertThat(la.db().sql("select count(*) from exchange_rejection where reason = ? and source_address is not null")
                    .param(reason).query(Long.class).single()).isPositive();
        }
        return id;
    }

    private static long countOn(FederationNode node, String from, MessageId id) {
        return node.db().sql("select count(*) from " + from).param("message:" + id).query(Long.class).single();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(la.baseUrl() + "/federation/v1/messages"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
