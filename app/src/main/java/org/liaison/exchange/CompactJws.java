package org.liaison.exchange;

import java.security.Provider;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Strict compact JWS: ES256 only, the expected type, a key id, and every part in canonical base64url. The
 * canonical check matters: a lenient decoder maps several texts to the same bytes (unused trailing bits,
 * skipped characters), so a changed message could otherwise still carry a valid signature.
 */
final class CompactJws {

    /** Verifiers by public JWK text: a node trusts a handful of keys, and building one costs a key conversion. */
    private static final Map<String, ECDSAVerifier> VERIFIERS = new ConcurrentHashMap<>();

    /**
     * Bouncy Castle verifies ES256 in well under half the time of the JDK's provider (measured 150 vs 370 µs;
     * docs/benchmarks.md), and verification is the receiver's largest cost. The JDK still signs (it is the
     * faster signer). Used as an instance, never registered, so no other code's provider choice changes.
     */
    private static final Provider VERIFYING = new BouncyCastleProvider();

    private CompactJws() {
    }

    private static ECDSAVerifier verifierFor(String publicJwk) throws ParseException, JOSEException {
        var cached = VERIFIERS.get(publicJwk);
        if (cached != null) {
            return cached;
        }
        if (VERIFIERS.size() > 1000) {
            VERIFIERS.clear();
        }
        var verifier = new ECDSAVerifier(ECKey.parse(publicJwk).toECPublicKey(VERIFYING));
        verifier.getJCAContext().setProvider(VERIFYING);
        VERIFIERS.put(publicJwk, verifier);
        return verifier;
    }

    static String sign(byte[] content, String type, String kid, JWSSigner signer) {
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(new JOSEObjectType(type)).build();
        var jws = new JWSObject(header, new Payload(content));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("ES256 signing failed", e);
        }
        return jws.serialize();
    }

    /** Parses and checks the form; the signature is checked by {@link #verify}. */
    static JWSObject parse(String compact, String type) {
        if (!canonicalShape(compact)) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "not a compact JWS in canonical base64url");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "unreadable JWS: " + e.getMessage());
        }
        var header = jws.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || header.getKeyID() == null
                || header.getType() == null || !type.equals(header.getType().getType())
                || header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "the JWS header must be ES256, typ " + type + ", with a kid");
        }
        return jws;
    }

    /**
     * Exactly three non-empty parts of base64url characters, each the one canonical (unpadded) encoding of
     * its bytes: no length that leaves a lone character, and zero unused bits in the last character. Checked
     * in one pass rather than by decoding and re-encoding every part.
     */
    static boolean canonicalShape(String compact) {
        int parts = 0;
        int start = 0;
        for (int i = 0; i <= compact.length(); i++) {
            if (i == compact.length() || compact.charAt(i) == '.') {
                if (++parts > 3 || !canonicalPart(compact, start, i)) {
                    return false;
                }
                start = i + 1;
            } else if (valueOf(compact.charAt(i)) < 0) {
                return false;
            }
        }
        return parts == 3;
    }

    private static boolean canonicalPart(String compact, int from, int to) {
        int length = to - from;
        if (length == 0 || length % 4 == 1) {
            return false;
        }
        int last = valueOf(compact.charAt(to - 1));
        return length % 4 == 0 || (length % 4 == 2 ? (last & 0x0F) == 0 : (last & 0x03) == 0);
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : c == '_' ? 63 : -1;
    }

    static void verify(JWSObject jws, String publicJwk) {
        try {
            if (!jws.verify(verifierFor(publicJwk))) {
                throw new EnvelopeRejected(Rejection.BAD_SIGNATURE, "the signature does not verify with key "
                        + jws.getHeader().getKeyID());
            }
        } catch (ParseException | JOSEException e) {
            throw new EnvelopeRejected(Rejection.BAD_SIGNATURE, "the signature cannot be checked: " + e.getMessage());
        }
    }
}
