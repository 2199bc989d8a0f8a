package org.liaison.border.passes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The text in a pass's QR code (ADR 0016): {@code LP1:} and the Base45 of the zlib-compressed parts of a compact
 * JWS signed by the issuing node's key — header, claims and signature as bytes rather than base64url text:
 * {@code [header length: 1 byte][header][claims length: 2 bytes][claims][signature]}. A verifier rebuilds the JWS
 * signing input {@code base64url(header).base64url(claims)}, so the node's ordinary JWS signer and any JWS library
 * (or Web Crypto) check it.
 */
public final class PassToken {

    public static final String PREFIX = "LP1:";
    /** The most an unpacked token may hold: a pass is a few hundred bytes; this stops a compression bomb. */
    static final int MAX_BYTES = 2048;

    /** The signed parts of a token. */
    public record Parts(byte[] header, byte[] claims, byte[] signature) {

        public String signingInput() {
            var b64 = Base64.getUrlEncoder().withoutPadding();
            return b64.encodeToString(header) + "." + b64.encodeToString(claims);
        }
    }

    private PassToken() {
    }

    /** Packs a compact JWS (as {@code NodeKeys.sign} returns it) into the QR text. */
    public static String pack(String compactJws) {
        var parts = compactJws.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS");
        }
        var b64 = Base64.getUrlDecoder();
        var header = b64.decode(parts[0]);
        var claims = b64.decode(parts[1]);
        var signature = b64.decode(parts[2]);
        if (header.length > 255 || claims.length > 0xFFFF) {
            throw new IllegalArgumentException("pass header or claims too long");
        }
        var raw = new ByteArrayOutputStream();
        raw.write(header.length);
        raw.writeBytes(header);
        raw.write(claims.length >> 8);
        raw.write(claims.length & 0xFF);
        raw.writeBytes(claims);
        raw.writeBytes(signature);
        return PREFIX + Base45.encode(deflate(raw.toByteArray()));
    }

    /** Unpacks the QR text; {@link IllegalArgumentException} when it is not a pass token at all. */
    public static Parts unpack(String token) {
        var text = token.strip();
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a pass token");
        }
        var raw = inflate(Base45.decode(text.substring(PREFIX.length())));
        int headerLength = raw.length > 0 ? raw[0] & 0xFF : 0;
        int at = 1 + headerLength;
        if (headerLength == 0 || raw.length < at + 2) {
            throw new IllegalArgumentException("truncated pass token");
        }
        int claimsLength = (raw[at] & 0xFF) << 8 | raw[at + 1] & 0xFF;
        int end = at + 2 + claimsLength;
        if (claimsLength == 0 || raw.length <= end) {
            throw new IllegalArgumentException("truncated pass token");
        }
        return new Parts(Arrays.copyOfRange(raw, 1, at), Arrays.copyOfRange(raw, at + 2, end),
                Arrays.copyOfRange(raw, end, raw.length));
    }

    /** The claims' JSON text, for display before or without verification. */
    public static String claimsText(Parts parts) {
        return new String(parts.claims(), StandardCharsets.UTF_8);
    }

    private static byte[] deflate(byte[] bytes) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            var out = new byte[bytes.length + 64];
            int n = deflater.deflate(out);
            return Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] bytes) {
        var inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            var out = new byte[MAX_BYTES];
            int n = inflater.inflate(out);
            if (!inflater.finished() || inflater.getRemaining() > 0) {
                throw new IllegalArgumentException("pass token too large, cut short or followed by other data");
            }
            return Arrays.copyOf(out, n);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("pass token not compressed data", e);
        } finally {
            inflater.end();
        }
    }
}
