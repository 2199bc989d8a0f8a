package org.liaison.identity.signin;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 time-based codes (SHA-1, 6 digits, 30 s: what every authenticator app supports). Accepts the
 * previous and next step for clock drift and says which step matched, so a code is never accepted twice.
 */
public final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private Totp() {
    }

    public static String newSecret() {
        var bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new org.apache.commons.codec.binary.Base32().encodeToString(bytes).replace("=", "");
    }

    /** The current code for a base32 secret; used by the demo's TOTP command and the browser tests. */
    public static String code(String base32Secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(base32Secret), at);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    static long step(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    /** The matching step within ±1 of now, if the code is right. */
    static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        var digits = code.strip().replace(" ", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        for (int offset = -1; offset <= 1; offset++) {
            var at = now.plus(STEP.multipliedBy(offset));
            if (java.security.MessageDigest.isEqual(code(base32Secret, at).getBytes(), digits.getBytes())) {
                return OptionalLong.of(step(at));
            }
        }
        return OptionalLong.empty();
    }

    public static String otpauthUri(String issuer, String account, String secret) {
        var enc = (java.util.function.Function<String, String>) s ->
                java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + enc.apply(issuer) + ":" + enc.apply(account) + "?secret=" + secret
                + "&issuer=" + enc.apply(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new org.apache.commons.codec.binary.Base32().decode(base32Secret.strip().toUpperCase(java.util.Locale.ROOT)), "HmacSHA1");
    }
}
