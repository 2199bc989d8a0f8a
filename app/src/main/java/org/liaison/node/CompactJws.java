package org.liaison.node;

import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;

/**
 * Strict compact JWS: a {@link SignatureSuite} algorithm verified only with a key of that suite, the expected
 * type, a key id, and every part in canonical base64url. The canonical check matters: a lenient decoder maps
 * several texts to the same bytes (unused trailing bits, skipped characters), so a changed message could
 * otherwise still carry a valid signature.
 */
public final class CompactJws {

    /**
     * Verifiers by algorithm and public JWK text: a node trusts a handful of keys, and building one costs a key
     * conversion. The algorithm is part of the cache key so that a header naming another suite never reaches
     * a verifier built for this key.
     */
    private static final Map<VerifierKey, JWSVerifier> VERIFIERS = new ConcurrentHashMap<>();

    private CompactJws() {
    }

    private record VerifierKey(SignatureSuite suite, String publicJwk) {
    }

    private static JWSVerifier verifierFor(SignatureSuite suite, String publicJwk) throws ParseException, JOSEException {
        var cacheKey = new VerifierKey(suite, publicJwk);
        var cached = VERIFIERS.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        var key = JWK.parse(publicJwk);
        if (!suite.fits(key) || key.isPrivate()) {
            throw new InvalidJws(InvalidJws.Reason.BAD_SIGNATURE, "key " + key.getKeyID() + " is not a public "
                    + suite.algorithm() + " key");
        }
        if (VERIFIERS.size() > 1000) {
            VERIFIERS.clear();
        }
        var verifier = suite.verifier(key);
        VERIFIERS.put(cacheKey, verifier);
        return verifier;
    }

    /** Signs {@code content} with {@code key}, naming its kid and {@code type} in the header. */
    public static String sign(byte[] content, String type, SigningKey key) {
        var header = new JWSHeader.Builder(key.suite().algorithm()).keyID(key.kid()).type(new JOSEObjectType(type)).build();
        var jws = new JWSObject(header, new Payload(content));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException(key.suite().algorithm() + " signing failed", e);
        }
        return jws.serialize();
    }

    /** Parses and checks the form; the signature is checked by {@link #verify}. */
    public static JWSObject parse(String compact, String type) {
        if (!canonicalShape(compact)) {
            throw new InvalidJws(InvalidJws.Reason.MALFORMED, "not a compact JWS in canonical base64url");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            throw new InvalidJws(InvalidJws.Reason.MALFORMED, "unreadable JWS: " + e.getMessage());
        }
        var header = jws.getHeader();
        if (SignatureSuite.of(header.getAlgorithm()) == null || header.getKeyID() == null
                || header.getType() == null || !type.equals(header.getType().getType())
                || header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new InvalidJws(InvalidJws.Reason.MALFORMED, "the JWS header must be Ed25519 or ES256, typ " + type
                    + ", with a kid");
        }
        return jws;
    }

    /**
     * Exactly three non-empty parts of base64url characters, each the one canonical (unpadded) encoding of
     * its bytes: no length that leaves a lone character, and zero unused bits in the last character. Checked
     * in one pass rather than by decoding and re-encoding every part.
     */
    public static boolean canonicalShape(String compact) {
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

    /** Checks the signature with the given public key; throws {@link InvalidJws} if it does not verify. */
    public static void verify(JWSObject jws, String publicJwk) {
        try {
            var suite = SignatureSuite.of(jws.getHeader().getAlgorithm());
            if (suite == null || !jws.verify(verifierFor(suite, publicJwk))) {
                throw new InvalidJws(InvalidJws.Reason.BAD_SIGNATURE, "the signature does not verify with key "
                        + jws.getHeader().getKeyID());
            }
        } catch (ParseException | JOSEException e) {
            throw new InvalidJws(InvalidJws.Reason.BAD_SIGNATURE, "the signature cannot be checked: " + e.getMessage());
        }
    }
}
