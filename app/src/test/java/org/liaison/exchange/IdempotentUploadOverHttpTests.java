package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaison.identity.signin.Totp;
import org.liaison.node.ThisNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The idempotency key over real HTTP on the node's own Tomcat, where the filter must read a multipart body's parts
 * before Spring MVC does: a client that retries an upload writes a new boundary around the same parts, and the retry
 * still gets the first answer.
 */
class IdempotentUploadOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void aMultipartSendRetriedWithANewBoundaryAnswersTheFirstMessage() throws Exception {
        var kh = TwoNodes.kh();
        var csrf = signIn(kh, "kh.officer");
        var key = UUID.randomUUID().toString();
        var subject = "Retried upload " + UUID.randomUUID();

        var first = send(kh, csrf, key, subject, "boundary-" + UUID.randomUUID());
        var retry = send(kh, csrf, key, subject, "boundary-" + UUID.randomUUID());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(retry.body()).path("id").asString()).isEqualTo(JSON.readTree(first.body()).path("id").asString());
        assertThat(kh.db().sql("select count(*) from exchange_message where direction = 'OUT' and subject = ?")
                .param(subject).query(Long.class).single()).isEqualTo(1);
    }

    private HttpResponse<String> send(FederationNode node, String csrf, String key, String subject, String boundary)
            throws Exception {
        var message = """
                {"recipient": "LA/MPS", "kind": "NOTIFICATION", "category": "DRUG_TRAFFICKING_INFORMATION",
                 "purpose": "INVESTIGATION", "payload": {"subject": "%s", "body": "See the note"}}""".formatted(subject);
        var body = new ByteArrayOutputStream();
        part(body, boundary, "message", null, "application/json", message);
        part(body, boundary, "files", "note.txt", "text/plain", "Route 13, night of 4 December");
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/messages"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-XSRF-TOKEN", csrf).header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, String type,
                             String content) {
        var header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        body.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Password and authenticator code, as an officer signs in; the CSRF token the API then needs. */
    private String signIn(FederationNode node, String username) throws Exception {
        var login = csrfOf(get(node, "/login"));
        form(node, "/login", "username=" + username + "&password=federation-test-password&_csrf=" + enc(login));
        var logins = node.bean(ThisNode.class).dataDir().resolve("demo-logins.txt");
        var secret = Files.readAllLines(logins).stream().filter(l -> l.startsWith(username + " ")).findFirst()
                .orElseThrow().trim().split("\\s+")[3];
        var mfa = csrfOf(get(node, "/login/mfa"));
        form(node, "/login/mfa", "code=" + Totp.code(secret, Instant.now()) + "&_csrf=" + enc(mfa));
        return csrfOf(get(node, "/messages/new"));
    }

    private String get(FederationNode node, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void form(FederationNode node, String path, String body) throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String csrfOf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
