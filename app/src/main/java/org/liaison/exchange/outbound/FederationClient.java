package org.liaison.exchange.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Talks to partner nodes: HTTPS (with this node's client certificate when a key store is configured, i.e.
 * mutual TLS), plain HTTP only to loopback addresses, for the demo and tests, with a warning.
 */
@Component
public class FederationClient {

    private static final Logger log = LoggerFactory.getLogger(FederationClient.class);

    private final HttpClient http;
    private final ExchangeSettings settings;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    FederationClient(ExchangeSettings settings) {
        this.settings = settings;
        var builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).version(HttpClient.Version.HTTP_1_1);
        var tls = sslContext(settings.tls());
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    /** POSTs JSON; returns status and body, or throws IOException when the partner cannot be reached. */
    public Reply post(String baseUrl, String path, String json) throws IOException, InterruptedException {
        return post(baseUrl, path, "application/json", json);
    }

    /** POSTs a body of the given JSON media type. */
    public Reply post(String baseUrl, String path, String mediaType, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(target(baseUrl, path)).timeout(settings.requestTimeout())
                .header("Content-Type", mediaType).header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), retryAfter(response));
    }

    public Reply get(String baseUrl, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(target(baseUrl, path)).timeout(settings.requestTimeout()).GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), retryAfter(response));
    }

    /** A {@code Retry-After} in seconds (the form the endpoint answers with); an HTTP date is not used between nodes. */
    private static @Nullable Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
    }

    /**
     * What went wrong in a few words, for logs and a message's status: the exception's kind and the first
     * message along its causes (the HTTP client's {@code ConnectException} has none of its own).
     */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return e.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    /** Refuses plain HTTP to anything but loopback, so a misconfigured partner never gets data in the clear. */
    public URI target(String baseUrl, String path) {
        var uri = URI.create(baseUrl.replaceAll("/+$", "") + path);
        if ("http".equals(uri.getScheme())) {
            if (!isLoopback(uri.getHost())) {
                throw new EnvelopeRejected(Rejection.UNREACHABLE, "plain HTTP is allowed only to loopback, not " + uri.getHost());
            }
            if (warned.add(uri.getAuthority())) {
                log.warn("Sending to {} over plain HTTP: acceptable on loopback for a demo or test only", uri.getAuthority());
            }
        } else if (!"https".equals(uri.getScheme())) {
            throw new EnvelopeRejected(Rejection.UNREACHABLE, "a partner's endpoint must be https");
        }
        return uri;
    }

    static boolean isLoopback(@Nullable String host) {
        if (host == null) {
            return false;
        }
        try {
            return host.equals("localhost") || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static @Nullable SSLContext sslContext(ExchangeSettings.Tls tls) {
        if (tls.keyStore() == null && tls.trustStore() == null) {
            return null;
        }
        try {
            var context = SSLContext.getInstance("TLS");
            var keys = tls.keyStore() == null ? null : KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            if (keys != null) {
                keys.init(load(tls.keyStore(), tls.keyStorePassword()), chars(tls.keyStorePassword()));
            }
            var trust = tls.trustStore() == null ? null : TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (trust != null) {
                trust.init(load(tls.trustStore(), tls.trustStorePassword()));
            }
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the exchange's TLS key or trust store cannot be used", e);
        }
    }

    private static KeyStore load(String file, @Nullable String password) throws GeneralSecurityException, IOException {
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(file.replaceFirst("^file:", "")))) {
            store.load(in, chars(password));
        }
        return store;
    }

    private static char[] chars(@Nullable String password) {
        return password == null ? new char[0] : password.toCharArray();
    }

    /** A partner's answer; {@code retryAfter} when it asked to be tried again no sooner. */
    public record Reply(int status, String body, @Nullable Duration retryAfter) {

        Reply(int status, String body) {
            this(status, body, null);
        }
    }
}
