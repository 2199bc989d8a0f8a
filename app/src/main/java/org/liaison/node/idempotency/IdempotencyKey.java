package org.liaison.node.idempotency;

/**
 * A client's {@code Idempotency-Key}: 1 to 255 printable ASCII characters. The IETF draft writes it as a structured
 * field string ({@code "8e03978e-…"}); a bare token is accepted too, since most clients send one.
 */
record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 255;

    IdempotencyKey {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw KeyRefused.invalid("the Idempotency-Key must have 1 to " + MAX_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw KeyRefused.invalid("the Idempotency-Key must be printable ASCII");
        }
    }

    /** The key of a header value, without the quotes of a structured field string. */
    static IdempotencyKey parse(String header) {
        var value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return new IdempotencyKey(value);
    }
}
