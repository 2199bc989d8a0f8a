package org.liaison.node.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.liaison.shared.Sha256;
import org.springframework.http.MediaType;

/**
 * What makes two requests the same for an idempotency key: method, path, query and content. A multipart body
 * is taken part by part (name, file name, type, bytes), not as raw bytes, because a client that retries writes a
 * new boundary between the same parts; form parameters are taken sorted, for the same reason.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** The fingerprint of a request whose body is not yet read; the request to pass on (its body kept). */
    record Taken(String hash, HttpServletRequest request) {
    }

    static Taken take(HttpServletRequest request) throws IOException, ServletException {
        var digest = Sha256.digest();
        field(digest, request.getMethod());
        field(digest, request.getRequestURI());
        field(digest, String.valueOf(request.getQueryString()));
        var type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            parts(digest, request);
            return new Taken(hex(digest), request);
        }
        if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
                field(digest, name);
                for (var value : values) {
                    field(digest, value);
                }
            });
            return new Taken(hex(digest), request);
        }
        var buffered = BufferedRequest.of(request);
        field(digest, type);
        digest.update(buffered.body());
        return new Taken(hex(digest), buffered);
    }

    private static void parts(MessageDigest digest, HttpServletRequest request) throws IOException, ServletException {
        for (var part : request.getParts()) {
            field(digest, part.getName());
            field(digest, String.valueOf(part.getSubmittedFileName()));
            field(digest, String.valueOf(part.getContentType()));
            field(digest, Long.toString(part.getSize()));
            try (var in = part.getInputStream()) {
                in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            }
        }
    }

    /** A value and a separator no value contains, so "ab"+"c" and "a"+"bc" differ. */
    private static void field(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
