package org.liaison.exchange;

import java.io.IOException;
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

import org.liaison.NodeProcess;
import org.liaison.identity.signin.Totp;
import tools.jackson.databind.json.JsonMapper;

/** An officer's HTTP session on a node: password and TOTP sign-in, then the exchange API with the CSRF token. */
final class OfficerApi {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final NodeProcess node;
    private String csrf;

    OfficerApi(NodeProcess node) {
        this.node = node;
    }

    OfficerApi signIn(String username, String password) throws Exception {
        var login = csrfOf(get("/login"));
        form("/login", "username=" + username + "&password=" + enc(password) + "&_csrf=" + enc(login));
        var secret = Files.readAllLines(node.dataDir.resolve("demo-logins.txt")).stream()
                .filter(l -> l.startsWith(username + " ")).findFirst().orElseThrow().trim().split("\\s+")[3];
        var mfa = csrfOf(get("/login/mfa"));
        form("/login/mfa", "code=" + Totp.code(secret, Instant.now()) + "&_csrf=" + enc(mfa));
        csrf = csrfOf(get("/messages/new"));
        return this;
    }

    /** Sends a drug-trafficking notification to LA/MPS, in {@code conversation} if given; returns the message id. */
    UUID send(String subject, UUID conversation) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("recipient", "LA/MPS").put("kind", "NOTIFICATION")
                .put("category", "DRUG_TRAFFICKING_INFORMATION").put("purpose", "INVESTIGATION");
        body.putObject("payload").put("subject", subject).put("body", "Fault injection run");
        if (conversation != null) {
            body.put("conversation", conversation.toString());
        }
        var response = client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/messages"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("send answered " + response.statusCode() + ": " + response.body());
        }
        return UUID.fromString(JSON.readTree(response.body()).path("id").asString());
    }

    UUID conversationOf(UUID message) throws IOException, InterruptedException {
        var body = get("/api/v1/messages/" + message);
        return UUID.fromString(JSON.readTree(body).path("conversation").asString());
    }

    private String get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void form(String path, String body) throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String csrfOf(String html) {
        var matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
