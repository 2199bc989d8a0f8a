package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.exchange.wire.Envelope;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The typed contract at both ends (ADR 13): a payload that does not fit its category's record is the sender's
 * mistake, refused before anything is written; on the receiving node, a signed envelope whose payload does not fit
 * is refused as a schema violation, answered with problem+json, recorded and audited, and nothing is stored.
 */
class PayloadContractTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void aPayloadWithAFieldItsCategoryDoesNotHaveIsRefusedBeforeAnythingIsWritten() throws Exception {
        long messages = count(kh, "exchange_message");
        var json = """
                {"recipient": "LA/MPS", "kind": "NOTIFICATION", "category": "DRUG_TRAFFICKING_INFORMATION",
                 "purpose": "INVESTIGATION", "payload": {"subject": "Route", "body": "Two vehicles", "quantityKg": 10}}""";
        var message = new MockMultipartFile("message", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));

        kh.mvc().perform(multipart("/api/v1/messages").file(message).with(csrf())
                        .with(authentication(Officers.officer("kh.border", "KH/MOI", Role.BORDER_OFFICER))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("quantityKg")));

        assertThat(count(kh, "exchange_message")).isEqualTo(messages);
    }

    @Test
    void aSignedEnvelopeWhosePayloadDoesNotFitItsCategoryIsRefusedWithProblemJsonAndAudited() throws Exception {
        var forged = Forge.drugEnvelope(kh);
        var envelope = withPayload(forged, MessageMother.plainPayload("Route").put("quantityKg", 10));

        var response = post("{\"envelope\":\"" + Forge.seal(kh, envelope) + "\",\"attachments\":[]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"reason\":\"SCHEMA_VIOLATION\"");
        assertThat(TwoNodes.inboxRows(la, MessageId.parse(envelope.id()))).isZero();
        assertThat(la.db().sql("select count(*) from exchange_rejection where reason = 'SCHEMA_VIOLATION' and message_id = ?")
                .param(MessageId.parse(envelope.id()).value()).query(Long.class).single()).isEqualTo(1);
        assertThat(la.db().sql("""
                select actor from audit_entry where action = 'MESSAGE_REJECTED' and subject = ? and outcome = 'DENIED'""")
                .param("message:" + envelope.id()).query(String.class).list()).containsExactly("node:KH-1");
    }

    private static Envelope withPayload(Envelope e, JsonNode payload) {
        return new Envelope(e.v(), e.id(), e.conversation(), e.inReplyTo(), e.sender(), e.recipient(), e.kind(), e.category(),
                e.purpose(), e.clause(), e.handling(), e.sentAt(), e.idempotencyKey(), e.replyBy(), e.schema(), payload,
                e.attachments());
    }

    private static long count(FederationNode node, String table) {
        return node.db().sql("select count(*) from " + table).query(Long.class).single();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(la.baseUrl() + "/federation/v1/messages"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
