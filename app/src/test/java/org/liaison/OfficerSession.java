package org.liaison;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An officer's browser-like session on a node (its cookies and CSRF token), signed in with password and TOTP
 * through any URL of the node, e.g. its load balancer; {@link #at} sends the same session to another URL, e.g. one
 * instance directly. Answers come back as they are, so that tests see failures and retry as clients do.
 */
public final class OfficerSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final CookieManager cookies;
    private final String baseUrl;
    private final String[] csrf;

    private OfficerSession(HttpClient client, CookieManager cookies, String baseUrl, String[] csrf) {
        this.client = client;
        this.cookies = cookies;
        this.baseUrl = baseUrl;
        this.csrf = csrf;
    }

    /** Signs in through {@code baseUrl}; the TOTP secret comes from the demo logins a node wrote in its data dir. */
    public static OfficerSession signIn(String baseUrl, Path dataDir, String username, String password) throws Exception {
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        var session = new OfficerSession(client, cookies, baseUrl, new String[1]);
        session.form("/login", "username=" + username + "&password=" + enc(password) + "&_csrf="
                + enc(csrfOf(session.page("/login"))));
        var mfa = csrfOf(session.page("/login/mfa"));
        session.form("/login/mfa", "code=" + Browsers.freshCode(dataDir, username) + "&_csrf=" + enc(mfa));
        var home = session.get("/");
        if (home.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException(username + " could not sign in at " + baseUrl);
        }
        session.csrf[0] = csrfOf(home.body());
        return session;
    }

    /** The same session (cookies, CSRF token) sent to another URL of the node. */
    public OfficerSession at(String otherBaseUrl) {
        return new OfficerSession(client, cookies, otherBaseUrl, csrf);
    }

    /** The session cookie's value, to replay it after a sign-out has made this client forget it. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("LIAISON_SESSION"))
                .findFirst().orElseThrow().getValue();
    }

    /** A GET by a client that holds nothing but the given session cookie. */
    public static int statusWithCookie(String url, String sessionCookie) throws IOException, InterruptedException {
        try (var bare = HttpClient.newHttpClient()) {
            return bare.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "LIAISON_SESSION=" + sessionCookie).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST with the CSRF header and any more headers (e.g. {@code Idempotency-Key}). */
    public HttpResponse<String> post(String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A POST of any body (e.g. multipart) with the CSRF header and any more headers. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        var builder = request(path).header("Content-Type", contentType).header("X-XSRF-TOKEN", csrf[0])
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, Map.of());
    }

    /** Signs out as the page's button does. */
    public void signOut() throws IOException, InterruptedException {
        form("/logout", "_csrf=" + enc(csrf[0]));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private String page(String path) throws IOException, InterruptedException {
        return get(path).body();
    }

    private void form(String path, String body) throws IOException, InterruptedException {
        client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
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
