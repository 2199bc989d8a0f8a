package org.liaison.border.passes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import org.liaison.node.CompactJws;
import org.liaison.node.SignatureSuite;
import org.liaison.node.SigningKey;

/** Keys, claims and tokens for pass tests: a Cambodian node's key, a Lao one, and a stranger's. */
public final class PassMother {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private PassMother() {
    }

    public record Key(String node, JWK jwk, SigningKey signing) {

        public PassVerifier.TrustedKey trusted() {
            try {
                var suite = SignatureSuite.ofKey(jwk);
                return new PassVerifier.TrustedKey(jwk.getKeyID(), node, suite, suite.verifier(jwk.toPublicJWK()));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static Key key(String node, SignatureSuite suite) {
        try {
            var jwk = suite.generate(node + "-" + Long.toHexString(System.nanoTime()));
            return new Key(node, jwk, new SigningKey(jwk.getKeyID(), suite, suite.signer(jwk), Instant.now()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PassClaims claims(String issuer, String number) {
        return new PassClaims(number, issuer, "SOK", "DARA", "សុខ ដារា", "1990-04-12", "KHM", "q1w2e3r4t5y6u7i8",
                List.of("TR", "FV"), List.of(3L, 5L), TODAY.minusDays(10).toString(), TODAY.plusDays(170).toString());
    }

    public static String token(PassClaims claims, Key key) {
        return PassToken.pack(CompactJws.sign(PassVerifier.JSON.writeValueAsBytes(claims), PassVerifier.TYPE, key.signing()));
    }

    public static PassVerifier verifier(Map<String, Set<String>> revoked, Key... keys) {
        var trusted = new java.util.HashMap<String, PassVerifier.TrustedKey>();
        for (var k : keys) {
            trusted.put(k.jwk().getKeyID(), k.trusted());
        }
        return new PassVerifier(trusted, revoked);
    }
}
