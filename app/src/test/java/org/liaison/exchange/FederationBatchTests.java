package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.liaison.exchange.TwoNodes.inboxRows;
import static org.liaison.exchange.TwoNodes.messageOn;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.bundle.BundleVerifyCommand;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.BatchReceipt;
import org.liaison.exchange.wire.BatchRequest;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.identity.Role;
import org.springframework.transaction.support.TransactionTemplate;

/** Batch delivery (ADR 0008): one request per partner and round, one transaction and one signed receipt per batch. */
class FederationBatchTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void messagesQueuedTogetherArriveUnderOneSignedBatchReceiptThatEachCanVerify() throws Exception {
        var ids = sendTogether(12, "Burst");

        awaitDelivered(ids);
        var batches = kh.db().sql("select distinct receipt_batch from exchange_message where id in (:ids)")
                .param("ids", ids.stream().map(MessageId::value).toList()).query(UUID.class).list();
        // The delivery loops race for due rows (SKIP LOCKED): at most one batch each, never one per message.
        assertThat(batches).hasSizeLessThanOrEqualTo(kh.bean(ExchangeSettings.class).workers()).doesNotContainNull();
        assertThat(la.db().sql("select distinct receipt_batch from exchange_message where direction = 'IN' and id in (:ids)")
                .param("ids", ids.stream().map(MessageId::value).toList()).query(UUID.class).list())
                .containsExactlyInAnyOrderElementsOf(batches);
        for (var id : ids) {
            var stored = kh.bean(ExchangeMessages.class).stored(id).orElseThrow();
            assertThat(kh.bean(Envelopes.class).openReceipt(stored.receipt(), "LA-1", id.toString(), stored.sha256())
                    .receiverAgency()).isEqualTo("LA/MPS");
            assertThat(inboxRows(la, id)).isEqualTo(1);
        }
    }

    @Test
    void aRefusedEnvelopeInABatchDoesNotHoldBackTheOthers() throws Exception {
        var good = Forge.drugEnvelope(kh);
        var forged = Forge.drugEnvelope(kh);
        var alsoGood = Forge.drugEnvelope(kh);
        var ids = kh.bean(TransactionTemplate.class).execute(status -> List.of(
                Forge.queue(kh, good, Forge.seal(kh, good)),
                Forge.queue(kh, forged, Forge.tamper(Forge.seal(kh, forged), Forge.drugEnvelope(kh))),
                Forge.queue(kh, alsoGood, Forge.seal(kh, alsoGood))));

        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, ids.get(1)).status() == MessageStatus.REJECTED);
        awaitDelivered(List.of(ids.get(0), ids.get(2)));
        assertThat(messageOn(kh, ids.get(1)).lastError()).startsWith("BAD_SIGNATURE");
        assertThat(inboxRows(la, ids.get(0)) + inboxRows(la, ids.get(2))).isEqualTo(2);
        assertThat(inboxRows(la, ids.get(1))).isZero();
    }

    @Test
    void aRedeliveredBatchIsAnsweredWithTheOriginalReceiptAndStoredOnce() throws Exception {
        var first = Forge.drugEnvelope(kh);
        var second = Forge.drugEnvelope(kh);
        var body = "{\"messages\":[{\"envelope\":\"" + Forge.seal(kh, first) + "\",\"attachments\":[]},"
                + "{\"envelope\":\"" + Forge.seal(kh, second) + "\",\"attachments\":[]}]}";

        var once = postBatch(body);
        var again = postBatch(body);

        assertThat(once.statusCode()).isEqualTo(200);
        assertThat(once.body()).contains("\"duplicate\":false").doesNotContain("\"duplicate\":true");
        assertThat(again.body()).contains("\"duplicate\":true").doesNotContain("\"duplicate\":false");
        assertThat(receiptsOf(again.body())).isEqualTo(receiptsOf(once.body()));
        assertThat(inboxRows(la, MessageId.parse(first.id())) + inboxRows(la, MessageId.parse(second.id()))).isEqualTo(2);
    }

    @Test
    void aBundleCarriesTheBatchReceiptAndVerifiesOnlyForAMessageTheReceiptLists() throws Exception {
        var first = sendTogether(2, "Bundle batch A");
        awaitDelivered(first);
        var other = sendTogether(1, "Bundle batch B");
        awaitDelivered(other);
        var bundle = export(first.getFirst());
        var otherReceipt = kh.bean(ExchangeMessages.class).stored(other.getFirst()).orElseThrow().receipt();

        assertThat(verify(bundle)).startsWith("VALID message " + first.getFirst());
        var receipt = bundle.substring(bundle.indexOf("\"receipt\"")).split("\"")[3];
        assertThat(Envelopes.typeOf(receipt)).isEqualTo(BatchReceipt.TYPE);
        assertThat(verify(bundle.replace(receipt, otherReceipt))).startsWith("INVALID: the batch receipt does not list");
    }

    private static List<MessageId> sendTogether(int count, String subject) throws Exception {
        return Officers.as("officer", "KH/MOI", () -> kh.bean(TransactionTemplate.class).execute(status -> {
            var ids = new ArrayList<MessageId>();
            for (int i = 0; i < count; i++) {
                ids.add(MessageMother.sent(kh.bean(Exchange.class).send(MessageMother.drugNotification(subject + " " + i))));
            }
            return ids;
        }), Role.BORDER_OFFICER);
    }

    private static void awaitDelivered(List<MessageId> ids) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kh.db().sql("""
                select count(*) from exchange_message where status = 'DELIVERED' and id in (:ids)""")
                .param("ids", ids.stream().map(MessageId::value).toList()).query(Long.class).single() == ids.size());
    }

    private static String export(MessageId id) throws Exception {
        return Officers.as("kh.border", "KH/MOI", () -> kh.bean(Exchange.class).exportBundle(id), Role.BORDER_OFFICER);
    }

    private static String verify(String bundle) throws Exception {
        var file = Files.createTempFile("bundle", ".json");
        Files.writeString(file, bundle);
        var out = new ByteArrayOutputStream();
        BundleVerifyCommand.run(new String[] { file.toString() }, new PrintStream(out), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String receiptsOf(String reply) {
        return reply.substring(reply.indexOf("\"receipts\""), reply.indexOf(']', reply.indexOf("\"receipts\"")));
    }

    private static HttpResponse<String> postBatch(String body) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(la.baseUrl() + DeliveryRequest.PATH))
                    .header("Content-Type", BatchRequest.MEDIA_TYPE).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
