package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that retries {@code POST /api/v1/messages} with the {@code Idempotency-Key} of its first attempt (after
 * "connection aborted", say) gets the first answer back and sends nothing twice; the key is claimed in the same
 * transaction as the message, so concurrent retries wait for the first and a failed attempt frees it.
 */
class IdempotentSendTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static FederationNode kh;
    static MockMvc mvc;

    @BeforeAll
    static void node() {
        kh = TwoNodes.kh();
        // As in production, the idempotency filter runs after Spring Security's chain.
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) kh.context()).apply(springSecurity())
                .addFilters(kh.context().getBean("idempotencyFilter", Filter.class)).build();
    }

    @Test
    void aRepeatedSendWithTheSameKeyAnswersTheFirstMessageAndSendsOnlyOne() throws Exception {
        var key = UUID.randomUUID().toString();
        var subject = unique("Retried seizure report");
        var first = send(key, message(subject));
        var second = send(key, message(subject));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getContentType()).isEqualTo(first.getContentType());
        assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeader("Idempotent-Replayed")).isNull();
        var id = idOf(first);
        assertThat(messagesAbout(subject)).isEqualTo(1);
        assertThat(kh.db().sql("select count(*) from audit_entry where action = 'MESSAGE_QUEUED' and subject = ?")
                .param("message:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoConcurrentRequestsWithTheSameKeySendOneMessage() throws Exception {
        var key = UUID.randomUUID().toString();
        var subject = unique("Concurrent seizure report");
        var start = new CyclicBarrier(4);
        var answers = new ArrayList<java.util.concurrent.Future<MockHttpServletResponse>>();
        try (var clients = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                answers.add(clients.submit((Callable<MockHttpServletResponse>) () -> {
                    start.await();
                    return send(key, message(subject));
                }));
            }
            var ids = new java.util.HashSet<String>();
            for (var answer : answers) {
                assertThat(answer.get().getStatus()).isEqualTo(201);
                ids.add(idOf(answer.get()));
            }
            assertThat(ids).hasSize(1);
        }
        assertThat(messagesAbout(subject)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAsUnprocessable() throws Exception {
        var key = UUID.randomUUID().toString();
        var subject = unique("First body");
        assertThat(send(key, message(subject)).getStatus()).isEqualTo(201);

        var other = send(key, message(unique("Another body")));

        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JSON.readTree(other.getContentAsString()).path("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(messagesAbout(subject)).isEqualTo(1);
    }

    @Test
    void aFailedFirstAttemptLeavesTheKeyFreeForACorrectedRetry() throws Exception {
        var key = UUID.randomUUID().toString();
        var subject = unique("Corrected report");
        var invalid = message(subject).replace("\"LA/MPS\"", "\"\"");

        assertThat(send(key, invalid).getStatus()).isEqualTo(400);
        var corrected = send(key, message(subject));

        assertThat(corrected.getStatus()).isEqualTo(201);
        assertThat(corrected.getHeader("Idempotent-Replayed")).isNull();
        assertThat(messagesAbout(subject)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestSendsAMessageAsBefore() throws Exception {
        var subject = unique("Unkeyed report");
        var first = send(null, message(subject));
        var second = send(null, message(subject));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(idOf(second)).isNotEqualTo(idOf(first));
        assertThat(messagesAbout(subject)).isEqualTo(2);
    }

    @Test
    void aKeyTooLongOrNotPrintableIsRefusedAndNothingIsSent() throws Exception {
        var subject = unique("Badly keyed report");
        for (var key : new String[] { "k".repeat(256), "tab\there", "" }) {
            var answer = send(key, message(subject));
            assertThat(answer.getStatus()).as(key).isEqualTo(400);
            assertThat(JSON.readTree(answer.getContentAsString()).path("type").asString())
                    .endsWith("/invalid-idempotency-key");
        }
        assertThat(messagesAbout(subject)).isZero();
    }

    private static MockHttpServletResponse send(String key, String body) throws Exception {
        var request = post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf())
                .with(authentication(Officers.officer("kh.border", "KH/MOI", Role.BORDER_OFFICER)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String message(String subject) {
        return """
                {"recipient": "LA/MPS", "kind": "NOTIFICATION", "category": "DRUG_SEIZURE_REPORT", "purpose": "INVESTIGATION",
                 "payload": {"subject": "%s", "body": "Three kilograms at the crossing"}}""".formatted(subject);
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID();
    }

    private static String idOf(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString()).path("id").asString();
    }

    private static long messagesAbout(String subject) {
        return kh.db().sql("select count(*) from exchange_message where direction = 'OUT' and subject = ?")
                .param(subject).query(Long.class).single();
    }
}
