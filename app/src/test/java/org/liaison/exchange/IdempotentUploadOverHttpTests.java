package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.OfficerSession;
import org.liaison.node.ThisNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The idempotency key over real HTTP on the node's own Tomcat, where the filter must read a multipart body's parts
 * before Spring MVC does: a client that retries an upload writes a new boundary around the same parts, and the retry
 * still gets the first answer. The pair of nodes is this test's own: the officer's session on it meets no other
 * test's traffic.
 */
class IdempotentUploadOverHttpTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() throws IOException {
        kh = FederationNode.prepare("KH-1");
        la = FederationNode.prepare("LA-1");
        TwoNodes.startTogether(kh, la);
    }

    @AfterAll
    static void stop() {
        kh.close();
        la.close();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMultipartSendRetriedWithANewBoundaryAnswersTheFirstMessage() throws Exception {
        var officer = OfficerSession.signIn(kh.baseUrl(), kh.bean(ThisNode.class).dataDir(), "kh.officer",
                "federation-test-password");
        var key = UUID.randomUUID().toString();
        var subject = "Retried upload " + UUID.randomUUID();

        var first = send(officer, key, subject, "boundary-" + UUID.randomUUID());
        var retry = send(officer, key, subject, "boundary-" + UUID.randomUUID());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(retry.body()).path("id").asString()).isEqualTo(JSON.readTree(first.body()).path("id").asString());
        assertThat(kh.db().sql("select count(*) from exchange_message where direction = 'OUT' and subject = ?")
                .param(subject).query(Long.class).single()).isEqualTo(1);
    }

    private static HttpResponse<String> send(OfficerSession officer, String key, String subject, String boundary)
            throws Exception {
        var message = """
                {"recipient": "LA/MPS", "kind": "NOTIFICATION", "category": "DRUG_TRAFFICKING_INFORMATION",
                 "purpose": "INVESTIGATION", "payload": {"subject": "%s", "body": "See the note"}}""".formatted(subject);
        var body = new ByteArrayOutputStream();
        part(body, boundary, "message", null, "application/json", message);
        part(body, boundary, "files", "note.txt", "text/plain", "Route 13, night of 4 December");
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return officer.post("/api/v1/messages", "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                Map.of("Idempotency-Key", key));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, String type,
                             String content) {
        var header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        body.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
