package org.liaison.bench.border;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import org.liaison.border.Purpose;
import org.liaison.border.passes.PassClaims;
import org.liaison.border.passes.PassToken;
import org.liaison.border.passes.PassVerdict;
import org.liaison.border.passes.PassVerifier;
import org.liaison.node.CompactJws;
import org.liaison.node.SignatureSuite;
import org.liaison.node.SigningKey;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-side border pass verification (ADR 0016) per token, on one thread, for each signature suite: the border
 * module's {@link PassVerifier} (Base45, inflate, header and claims JSON, signature, revocation, dates, checkpoint,
 * purpose) against the baseline of the same pass as a plain compact JWS read by Nimbus ({@code JWSObject.parse},
 * {@code verify}, claims JSON), alternating in the same process. Also prints the token's length and its QR version.
 *
 * <pre>bench/run pass-verify [seconds per round] [rounds]</pre>
 */
public final class PassVerifyBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PassVerifyBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("load " + BorderImportBench.loadAverage() + "; " + Runtime.getRuntime().availableProcessors()
                + " CPUs; " + System.getProperty("java.vm.name") + " " + Runtime.version());
        for (var suite : SignatureSuite.values()) {
            run(suite, seconds, rounds);
        }
    }

    private static void run(SignatureSuite suite, double seconds, int rounds) throws Exception {
        var jwk = suite.generate("KH-1-bench0001");
        var key = new SigningKey(jwk.getKeyID(), suite, suite.signer(jwk), Instant.now());
        var verifier = suite.verifier(jwk.toPublicJWK());
        var claims = new PassClaims("KH-P-7KX3M9AB", "KH-1", "SOK", "DARA", "សុខ ដារា", "1990-04-12", "KHM",
                "q1w2e3r4t5y6u7i8", List.of("TR", "FV"), List.of(3L, 5L), "2026-12-01", "2027-05-31");
        var jws = CompactJws.sign(JSON.writeValueAsBytes(claims), PassVerifier.TYPE, key);
        var token = PassToken.pack(jws);
        var passes = new PassVerifier(Map.of(jwk.getKeyID(), new PassVerifier.TrustedKey(jwk.getKeyID(), "KH-1", suite,
                verifier)), Map.of("KH-1", Set.of("KH-P-0000000A", "KH-P-0000000B")));
        if (passes.verify(token, 3, Purpose.TRADE, TODAY).verdict() != PassVerdict.VALID) {
            throw new IllegalStateException("the bench's pass does not verify");
        }
        var qr = Encoder.encode(token, ErrorCorrectionLevel.Q).getVersion().getVersionNumber();
        var qrOfJws = Encoder.encode(jws, ErrorCorrectionLevel.Q).getVersion().getVersionNumber();
        double ours = Double.MAX_VALUE;
        double nimbus = Double.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
            double o = perToken(seconds, () -> passes.verify(token, 3, Purpose.TRADE, TODAY).verdict() == PassVerdict.VALID);
            double n = perToken(seconds, () -> baseline(jws, verifier));
            if (round > 0) {
                ours = Math.min(ours, o);
                nimbus = Math.min(nimbus, n);
                System.out.printf(Locale.ROOT, "%s round %d: PassVerifier %.1f µs/token, Nimbus JWS %.1f µs/token%n",
                        suite.algorithm(), round, o, n);
            }
        }
        System.out.printf(Locale.ROOT, "%s: token %d chars, QR version %d at level Q (the JWS text: %d chars, version %d); best of %d rounds of "
                + "%.0f s: PassVerifier %.1f µs/token, Nimbus JWS parse+verify %.1f µs/token, ratio %.2fx; goal <= 2 ms: %s%n",
                suite.algorithm(), token.length(), qr, jws.length(), qrOfJws, rounds, seconds, ours, nimbus, ours / nimbus,
                ours <= 2000 ? "met" : "NOT met");
    }

    private static boolean baseline(String jws, JWSVerifier verifier) {
        try {
            var parsed = JWSObject.parse(jws);
            return parsed.verify(verifier) && JSON.readValue(parsed.getPayload().toBytes(), PassClaims.class) != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double perToken(double seconds, java.util.function.BooleanSupplier work) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long count = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!work.getAsBoolean()) {
                throw new IllegalStateException("verification failed in the bench");
            }
            count++;
        }
        return (System.nanoTime() - start) / 1e3 / count;
    }
}
