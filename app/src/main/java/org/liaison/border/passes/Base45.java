package org.liaison.border.passes;

import java.io.ByteArrayOutputStream;

/**
 * RFC 9285 Base45: the QR code's alphanumeric mode stores two characters in 11 bits, so bytes written in its 45
 * characters take less room in the code than base64 written in byte mode (the EU Digital COVID Certificate's reason
 * for it too).
 */
public final class Base45 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    public static String encode(byte[] bytes) {
        var out = new StringBuilder(bytes.length * 3 / 2 + 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int n = (bytes[i] & 0xFF) * 256 + (bytes[i + 1] & 0xFF);
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (bytes.length % 2 == 1) {
            int n = bytes[bytes.length - 1] & 0xFF;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    /** The bytes of {@code text}; an {@link IllegalArgumentException} for a character or group Base45 cannot hold. */
    public static byte[] decode(CharSequence text) {
        if (text.length() % 3 == 1) {
            throw new IllegalArgumentException("a Base45 text is never 1 longer than a multiple of 3");
        }
        var out = new ByteArrayOutputStream(text.length() * 2 / 3);
        for (int i = 0; i < text.length(); i += 3) {
            boolean pair = i + 2 < text.length();
            int n = value(text.charAt(i)) + value(text.charAt(i + 1)) * 45 + (pair ? value(text.charAt(i + 2)) * 2025 : 0);
            if (n > (pair ? 0xFFFF : 0xFF)) {
                throw new IllegalArgumentException("Base45 group out of range at " + i);
            }
            if (pair) {
                out.write(n >> 8);
            }
            out.write(n & 0xFF);
        }
        return out.toByteArray();
    }

    private static int value(char c) {
        int v = c < 128 ? VALUES[c] : -1;
        if (v < 0) {
            throw new IllegalArgumentException("not a Base45 character: " + c);
        }
        return v;
    }
}
