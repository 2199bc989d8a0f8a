package org.liaison.node;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One signature and one verification over an envelope's signing input (header and 1 KiB-payload claims,
 * base64url), per way of doing it. It measures the node's own {@link SignatureSuite} code, not a copy. {@code impl}: {@code es256} is what envelopes used before ADR 0010
 * (JDK signs, Bouncy Castle verifies), {@code ed25519} is ours (Bouncy Castle RFC 8032), {@code nimbus-tink} is
 * Nimbus's own Ed25519 classes on Google Tink, {@code jdk-ed25519} the JDK's SunEC provider.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureBenchmarks {

    @Param({"es256", "ed25519", "nimbus-tink", "jdk-ed25519"})
    public String impl;

    private final byte[] input = signingInput();
    private JWSHeader header;
    private JWSSigner signer;
    private JWSVerifier verifier;
    private Base64URL signature;
    private KeyPair jdkPair;
    private byte[] jdkSignature;

    @Setup
    public void prepare() throws Exception {
        switch (impl) {
            case "es256" -> suite(SignatureSuite.ES256);
            case "ed25519" -> suite(SignatureSuite.ED25519);
            case "nimbus-tink" -> {
                var key = (OctetKeyPair) SignatureSuite.ED25519.generate("k");
                header = new JWSHeader(JWSAlgorithm.EdDSA);
                signer = new Ed25519Signer(key);
                verifier = new Ed25519Verifier(key.toPublicJWK());
            }
            case "jdk-ed25519" -> jdkPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            default -> throw new IllegalArgumentException(impl);
        }
        if (signer != null) {
            signature = signer.sign(header, input);
        } else {
            jdkSignature = jdkSign();
        }
        if (!verifyOnce()) {
            throw new IllegalStateException(impl + " does not verify its own signature");
        }
    }

    @Benchmark
    public Object sign() throws Exception {
        return signer != null ? signer.sign(header, input) : jdkSign();
    }

    @Benchmark
    public boolean verify() throws Exception {
        return verifyOnce();
    }

    private void suite(SignatureSuite suite) throws Exception {
        var key = suite.generate("k");
        header = new JWSHeader(suite.algorithm());
        signer = suite.signer(key);
        verifier = suite.verifier(key.toPublicJWK());
    }

    private boolean verifyOnce() throws Exception {
        if (verifier != null) {
            return verifier.verify(header, input, signature);
        }
        var verifying = Signature.getInstance("Ed25519");
        verifying.initVerify(jdkPair.getPublic());
        verifying.update(input);
        return verifying.verify(jdkSignature);
    }

    private byte[] jdkSign() throws Exception {
        var signing = Signature.getInstance("Ed25519");
        signing.initSign(jdkPair.getPrivate());
        signing.update(input);
        return signing.sign();
    }

    /** The size of a real envelope's signing input: header, dot, and the base64url of ~1.3 KB of claims. */
    private static byte[] signingInput() {
        var claims = new byte[1_300];
        Arrays.fill(claims, (byte) 'x');
        var text = Base64URL.encode("{\"alg\":\"Ed25519\",\"kid\":\"KH-1-12345678\",\"typ\":\"liaison-envelope+jws\"}")
                + "." + Base64URL.encode(claims);
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
