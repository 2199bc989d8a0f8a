package org.liaison.node;

import java.security.Provider;
import java.security.SecureRandom;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.impl.BaseJWSProvider;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.jspecify.annotations.Nullable;

/**
 * The signature algorithms a node signs and verifies with (ADR 0010), each bound to exactly one key type, so a
 * header cannot make a verifier use a key with another algorithm than the one it was made for. Envelopes,
 * receipts, key exports and audit checkpoints all use them.
 *
 * <p>{@link #ED25519} is the RFC 9864 algorithm {@code Ed25519} (fully specified, unlike RFC 8037's
 * {@code EdDSA}) with Bouncy Castle's RFC 8032 implementation, which refuses non-canonical signatures
 * (S ≥ L) and signs and verifies in a quarter and a half of ES256's time (docs/benchmarks.md). Nimbus's own
 * Ed25519 classes would need Google Tink as well; Bouncy Castle is already here for ES256 verification.
 */
public enum SignatureSuite {

    ES256(JWSAlgorithm.ES256) {
        @Override
        public JWK generate(String kid) throws JOSEException {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID(kid).generate();
        }

        @Override
        public boolean fits(JWK key) {
            return key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve());
        }

        @Override
        public JWSSigner signer(JWK key) throws JOSEException {
            return new ECDSASigner(key.toECKey());
        }

        /** Bouncy Castle verifies ES256 in under half the JDK's time; used as an instance, never registered. */
        @Override
        public JWSVerifier verifier(JWK key) throws JOSEException {
            var verifier = new ECDSAVerifier(key.toECKey().toECPublicKey(BOUNCY_CASTLE));
            verifier.getJCAContext().setProvider(BOUNCY_CASTLE);
            return verifier;
        }
    },

    ED25519(JWSAlgorithm.Ed25519) {
        @Override
        public JWK generate(String kid) {
            var secret = new Ed25519PrivateKeyParameters(RANDOM);
            return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(secret.generatePublicKey().getEncoded()))
                    .d(Base64URL.encode(secret.getEncoded())).keyUse(KeyUse.SIGNATURE).keyID(kid).build();
        }

        @Override
        public boolean fits(JWK key) {
            return key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())
                    && okp.getDecodedX().length == Ed25519.PUBLIC_KEY_SIZE;
        }

        @Override
        public JWSSigner signer(JWK key) throws JOSEException {
            var d = key.toOctetKeyPair().getDecodedD();
            if (d == null || d.length != Ed25519.SECRET_KEY_SIZE) {
                throw new JOSEException("not a private Ed25519 key");
            }
            return new Ed25519Signing(new Ed25519PrivateKeyParameters(d));
        }

        @Override
        public JWSVerifier verifier(JWK key) {
            return new Ed25519Verifying(key.toOctetKeyPair().getDecodedX());
        }
    };

    /** Read for every envelope parsed and verified, so not {@code values()}, which copies the array each call. */
    private static final SignatureSuite[] SUITES = values();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final JWSAlgorithm algorithm;

    SignatureSuite(JWSAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    /** A new key pair with this key id, private half included. */
    public abstract JWK generate(String kid) throws JOSEException;

    /** Whether the key is of this suite's type and curve. */
    public abstract boolean fits(JWK key);

    public abstract JWSSigner signer(JWK privateKey) throws JOSEException;

    public abstract JWSVerifier verifier(JWK publicKey) throws JOSEException;

    /** The suite a JWS header names, or null for any other algorithm. */
    public static @Nullable SignatureSuite of(@Nullable JWSAlgorithm algorithm) {
        for (var suite : SUITES) {
            if (suite.algorithm.equals(algorithm)) {
                return suite;
            }
        }
        return null;
    }

    /** The suite a key belongs to, or null for a key no suite accepts. */
    public static @Nullable SignatureSuite ofKey(JWK key) {
        for (var suite : SUITES) {
            if (suite.fits(key)) {
                return suite;
            }
        }
        return null;
    }

    /** The JOSE name of the suite a public JWK belongs to, or "?" for any other key. */
    public static String algorithmOf(String publicJwk) {
        try {
            var suite = ofKey(JWK.parse(publicJwk));
            return suite == null ? "?" : suite.algorithm.getName();
        } catch (java.text.ParseException e) {
            return "?";
        }
    }

    /** The suite by its JOSE name ({@code Ed25519}, {@code ES256}), as in {@code liaison.node.keys.algorithm}. */
    public static SignatureSuite named(String name) {
        var suite = of(JWSAlgorithm.parse(name));
        if (suite == null) {
            throw new IllegalArgumentException("liaison.node.keys.algorithm must be Ed25519 or ES256, not " + name);
        }
        return suite;
    }

    /** Signs with Bouncy Castle's RFC 8032 code; stateless, so one instance serves every thread. */
    private static final class Ed25519Signing extends BaseJWSProvider implements JWSSigner {

        private final Ed25519PrivateKeyParameters secret;
        private final Ed25519PublicKeyParameters publicKey;

        Ed25519Signing(Ed25519PrivateKeyParameters secret) {
            super(Set.of(JWSAlgorithm.Ed25519));
            this.secret = secret;
            this.publicKey = secret.generatePublicKey();
        }

        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            if (!JWSAlgorithm.Ed25519.equals(header.getAlgorithm())) {
                throw new JOSEException("an Ed25519 key signs only Ed25519 headers");
            }
            var signature = new byte[Ed25519.SIGNATURE_SIZE];
            secret.sign(Ed25519.Algorithm.Ed25519, publicKey, null, signingInput, 0, signingInput.length, signature, 0);
            return Base64URL.encode(signature);
        }
    }

    private static final class Ed25519Verifying extends BaseJWSProvider implements JWSVerifier {

        private final byte[] publicKey;

        Ed25519Verifying(byte[] publicKey) {
            super(Set.of(JWSAlgorithm.Ed25519));
            this.publicKey = publicKey.clone();
        }

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
            var bytes = signature.decode();
            return JWSAlgorithm.Ed25519.equals(header.getAlgorithm()) && bytes.length == Ed25519.SIGNATURE_SIZE
                    && Ed25519.verify(bytes, 0, publicKey, 0, signingInput, 0, signingInput.length);
        }
    }
}
