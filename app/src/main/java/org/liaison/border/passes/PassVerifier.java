package org.liaison.border.passes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import org.jspecify.annotations.Nullable;
import org.liaison.border.Purpose;
import org.liaison.node.SignatureSuite;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies pass tokens against a fixed set of trusted keys and revocation lists (a snapshot: the verification page
 * holds the same). Thread-safe; building one costs a key conversion per key, verifying a token one signature check,
 * one inflate and two small JSON reads.
 */
public final class PassVerifier {

    public static final String TYPE = "liaison-pass+jws";
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** A key the verifier trusts, with the node it belongs to: a pass must name that node as its issuer. */
    public record TrustedKey(String kid, String node, SignatureSuite suite, JWSVerifier verifier) {
    }

    /** The verdict and, when the signature held, what the pass says. */
    public record Verification(PassVerdict verdict, @Nullable PassClaims claims) {
    }

    private record Header(String alg, String kid, String typ) {
    }

    private final Map<String, TrustedKey> keys;
    private final Map<String, Set<String>> revokedByNode;

    public PassVerifier(Map<String, TrustedKey> keys, Map<String, Set<String>> revokedByNode) {
        this.keys = Map.copyOf(keys);
        this.revokedByNode = Map.copyOf(revokedByNode);
    }

    public Verification verify(String token, long checkpoint, @Nullable Purpose purpose, LocalDate today) {
        var claims = authentic(token);
        if (claims == null) {
            return new Verification(PassVerdict.FORGED, null);
        }
        return new Verification(verdict(claims, checkpoint, purpose, today), claims);
    }

    private PassVerdict verdict(PassClaims claims, long checkpoint, @Nullable Purpose purpose, LocalDate today) {
        if (revokedByNode.getOrDefault(claims.issuer(), Set.of()).contains(claims.number())) {
            return PassVerdict.REVOKED;
        }
        try {
            if (today.isAfter(LocalDate.parse(claims.validUntil()))) {
                return PassVerdict.EXPIRED;
            }
            if (today.isBefore(LocalDate.parse(claims.validFrom()))) {
                return PassVerdict.NOT_YET_VALID;
            }
        } catch (DateTimeParseException e) {
            return PassVerdict.FORGED;
        }
        if (!claims.checkpoints().contains(checkpoint)) {
            return PassVerdict.WRONG_CHECKPOINT;
        }
        if (purpose != null && !claims.purposes().contains(PassPurposes.code(purpose))) {
            return PassVerdict.WRONG_PURPOSE;
        }
        return PassVerdict.VALID;
    }

    /** The claims of a token whose signature verifies with a trusted key of the node it names; null otherwise. */
    public @Nullable PassClaims authentic(String token) {
        try {
            var parts = PassToken.unpack(token);
            var header = JSON.readValue(parts.header(), Header.class);
            var key = header.kid() == null ? null : keys.get(header.kid());
            if (key == null || !TYPE.equals(header.typ()) || !key.suite().algorithm().getName().equals(header.alg())) {
                return null;
            }
            var input = parts.signingInput().getBytes(StandardCharsets.US_ASCII);
            if (!key.verifier().verify(new JWSHeader(key.suite().algorithm()), input, Base64URL.encode(parts.signature()))) {
                return null;
            }
            var claims = JSON.readValue(parts.claims(), PassClaims.class);
            return claims.issuer().equals(key.node()) ? claims : null;
        } catch (IllegalArgumentException | JacksonException | JOSEException e) {
            return null;
        }
    }
}
