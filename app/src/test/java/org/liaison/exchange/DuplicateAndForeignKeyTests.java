package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.exchange.TwoNodes.inboxRows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.wire.BatchRequest;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.Envelope;

/**
 * Envelopes a partner signed that the inbox must refuse although their signature is good: a message id this
 * node already holds under another idempotency key, and an idempotency key that names another node. Each
 * gets problem+json with its reason (or its reason in a batch's results), a message-log row and an audit
 * entry recorded as the sending node; nothing is stored.
 */
class DuplicateAndForeignKeyTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void refusesADuplicateMessageIdUnderANewIdempotencyKeyWith409() throws Exception {
        var first = Forge.drugEnvelope(kh);
        assertThat(post(single(first)).statusCode()).isEqualTo(200);
        var again = Forge.withIds(Forge.drugEnvelope(kh), first.id(), "KH-1:" + UUID.randomUUID());

        var response = post(single(again));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"reason\":\"DUPLICATE_ID\"");
        assertThat(inboxRows(la, MessageId.parse(first.id()))).isEqualTo(1);
        expectLoggedAndAuditedAsTheSender(first.id(), "DUPLICATE_ID");
    }

    @Test
    void refusesADuplicateMessageIdInABatchAndStoresTheOthers() throws Exception {
        var stored = Forge.drugEnvelope(kh);
        assertThat(post(single(stored)).statusCode()).isEqualTo(200);
        var fresh = Forge.drugEnvelope(kh);
        var twin = Forge.drugEnvelope(kh);
        var batch = List.of(Forge.withIds(Forge.drugEnvelope(kh), stored.id(), "KH-1:" + UUID.randomUUID()), fresh, twin,
                Forge.withIds(Forge.drugEnvelope(kh), twin.id(), "KH-1:" + UUID.randomUUID()));

        var response = postBatch(batch);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(reasons(response.body())).containsExactly("DUPLICATE_ID", "null", "null", "DUPLICATE_ID");
        assertThat(inboxRows(la, MessageId.parse(fresh.id())) + inboxRows(la, MessageId.parse(twin.id()))).isEqualTo(2);
        expectLoggedAndAuditedAsTheSender(stored.id(), "DUPLICATE_ID");
        expectLoggedAndAuditedAsTheSender(twin.id(), "DUPLICATE_ID");
    }

    @Test
    void refusesAnIdempotencyKeyNamingAnotherNodeWith400() throws Exception {
        var envelope = Forge.drugEnvelope(kh);
        var foreign = Forge.withIds(envelope, envelope.id(), "VN-1:" + envelope.id());

        var response = post(single(foreign));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"reason\":\"MALFORMED\"").contains("does not name the sending node KH-1");
        assertThat(inboxRows(la, MessageId.parse(envelope.id()))).isZero();
        expectLoggedAndAuditedAsTheSender(envelope.id(), "MALFORMED");
    }

    @Test
    void refusesAnIdempotencyKeyNamingAnotherNodeInABatchAndStoresTheOthers() throws Exception {
        var good = Forge.drugEnvelope(kh);
        var envelope = Forge.drugEnvelope(kh);
        var foreign = Forge.withIds(envelope, envelope.id(), "VN-1:" + envelope.id());

        var response = postBatch(List.of(good, foreign));

        assertThat(reasons(response.body())).containsExactly("null", "MALFORMED");
        assertThat(inboxRows(la, MessageId.parse(good.id()))).isEqualTo(1);
        assertThat(inboxRows(la, MessageId.parse(envelope.id()))).isZero();
        expectLoggedAndAuditedAsTheSender(envelope.id(), "MALFORMED");
    }

    private static void expectLoggedAndAuditedAsTheSender(String id, String reason) {
        assertThat(la.db().sql("select count(*) from exchange_rejection where direction = 'IN' and message_id = ? and reason = ? and peer_node = 'KH-1'")
                .params(UUID.fromString(id), reason).query(Long.class).single()).isEqualTo(1);
        assertThat(la.db().sql("""
                select actor || ' ' || outcome from audit_entry where action = 'MESSAGE_REJECTED' and subject = ? and details like ?""")
                .params("message:" + id, reason + "%").query(String.class).list()).containsExactly("node:KH-1 DENIED");
    }

    private static String single(Envelope envelope) {
        return "{\"envelope\":\"" + Forge.seal(kh, envelope) + "\",\"attachments\":[]}";
    }

    private static List<String> reasons(String reply) {
        var results = new java.util.ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("\"reason\":(null|\"([A-Z_]+)\")").matcher(reply);
        while (matcher.find()) {
            results.add(matcher.group(2) == null ? "null" : matcher.group(2));
        }
        return results;
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return send("application/json", body);
    }

    private static HttpResponse<String> postBatch(List<Envelope> envelopes) throws Exception {
        var messages = envelopes.stream().map(DuplicateAndForeignKeyTests::single).toList();
        return send(BatchRequest.MEDIA_TYPE, "{\"messages\":[" + String.join(",", messages) + "]}");
    }

    private static HttpResponse<String> send(String mediaType, String body) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(la.baseUrl() + DeliveryRequest.PATH))
                    .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
