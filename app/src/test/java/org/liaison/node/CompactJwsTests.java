package org.liaison.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The strict form check that runs before any signature check: one canonical text per signed message. */
class CompactJwsTests {

    private static final String TYPE = "liaison-test+jws";

    /** The order of the Ed25519 base point (RFC 8032, section 5.1). */
    private static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void acceptsWhatASignerProducesAndVerifiesItWithTheSignersKey(SignatureSuite suite) throws Exception {
        var key = suite.generate("k1");
        for (int size = 0; size < 6; size++) {
            var compact = CompactJws.sign("{\"n\":\"xyz\"}".substring(0, 6 + size).getBytes(StandardCharsets.UTF_8),
                    TYPE, active(suite, key));
            assertThat(CompactJws.canonicalShape(compact)).isTrue();
            var jws = CompactJws.parse(compact, TYPE);
            assertThat(jws.getHeader().getAlgorithm()).isEqualTo(suite.algorithm());
            CompactJws.verify(jws, key.toPublicJWK().toJSONString());
        }
    }

    @Test
    void refusesAHeaderThatNamesAnotherSuiteThanTheKeys() throws Exception {
        var ed = SignatureSuite.ED25519.generate("k1");
        var ec = SignatureSuite.ES256.generate("k1");
        var compact = CompactJws.sign("{}".getBytes(StandardCharsets.UTF_8), TYPE, active(SignatureSuite.ED25519, ed));
        var relabelled = withHeader(compact, "{\"kid\":\"k1\",\"typ\":\"" + TYPE + "\",\"alg\":\"ES256\"}");

        assertThatThrownBy(() -> CompactJws.verify(CompactJws.parse(compact, TYPE), ec.toPublicJWK().toJSONString()))
                .isInstanceOf(InvalidJws.class).hasMessageContaining("not a public Ed25519 key");
        assertThatThrownBy(() -> CompactJws.verify(CompactJws.parse(relabelled, TYPE), ed.toPublicJWK().toJSONString()))
                .isInstanceOf(InvalidJws.class).hasMessageContaining("not a public ES256 key");
    }

    @Test
    void refusesAlgorithmsOutsideTheSuites() {
        for (var alg : new String[] {"none", "HS256", "EdDSA", "RS256", "Ed448"}) {
            var compact = withHeader("eyJh.QQ.AAAA", "{\"kid\":\"k1\",\"typ\":\"" + TYPE + "\",\"alg\":\"" + alg + "\"}");
            assertThatThrownBy(() -> CompactJws.parse(compact, TYPE)).as(alg)
                    .isInstanceOf(InvalidJws.class)
                    .satisfies(e -> assertThat(((InvalidJws) e).reason()).isEqualTo(InvalidJws.Reason.MALFORMED));
        }
    }

    @Test
    void refusesTheMalleableTwinOfAnEd25519Signature() throws Exception {
        var key = SignatureSuite.ED25519.generate("k1");
        var compact = CompactJws.sign("{\"n\":1}".getBytes(StandardCharsets.UTF_8), TYPE, active(SignatureSuite.ED25519, key));
        var parts = compact.split("\\.");
        var signature = Base64.getUrlDecoder().decode(parts[2]);
        // S is the little-endian second half; S + L verifies under a lax check (the same point equation holds).
        var s = new BigInteger(1, reversed(java.util.Arrays.copyOfRange(signature, 32, 64))).add(L);
        var twin = java.util.Arrays.copyOf(signature, 64);
        System.arraycopy(reversed(toBytes(s)), 0, twin, 32, 32);
        var forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(twin);

        assertThatThrownBy(() -> CompactJws.verify(CompactJws.parse(forged, TYPE), key.toPublicJWK().toJSONString()))
                .isInstanceOf(InvalidJws.class).satisfies(e -> assertThat(((InvalidJws) e).reason())
                        .isEqualTo(InvalidJws.Reason.BAD_SIGNATURE));
    }

    @Test
    void refusesNonCanonicalBase64urlThatALenientDecoderWouldAccept() {
        assertThat(CompactJws.canonicalShape("eyJh.QQ.AAAA")).isTrue();
        assertThat(CompactJws.canonicalShape("eyJh.QR.AAAA")).as("unused trailing bits set").isFalse();
        assertThat(CompactJws.canonicalShape("eyJh.QUE.AAAA")).isTrue();
        assertThat(CompactJws.canonicalShape("eyJh.QUF.AAAA")).as("unused trailing bits set").isFalse();
        assertThat(CompactJws.canonicalShape("eyJh.Q.AAAA")).as("a lone character").isFalse();
        assertThat(CompactJws.canonicalShape("eyJh.QQ==.AAAA")).as("padding").isFalse();
        assertThat(CompactJws.canonicalShape("eyJh.Q+Q.AAAA")).as("standard alphabet").isFalse();
        assertThat(CompactJws.canonicalShape("eyJh..AAAA")).as("empty part").isFalse();
        assertThat(CompactJws.canonicalShape("eyJh.QQ")).as("two parts").isFalse();
        assertThat(CompactJws.canonicalShape("eyJh.QQ.AAAA.AAAA")).as("four parts").isFalse();
        assertThatThrownBy(() -> CompactJws.parse("eyJh.QR.AAAA", TYPE)).isInstanceOf(InvalidJws.class);
    }

    private static SigningKey active(SignatureSuite suite, JWK key) throws Exception {
        return new SigningKey(key.getKeyID(), suite, suite.signer(key), Instant.now());
    }

    private static String withHeader(String compact, String header) {
        var parts = compact.split("\\.");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }

    private static byte[] reversed(byte[] bytes) {
        var out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    /** The value as exactly 32 big-endian bytes. */
    private static byte[] toBytes(BigInteger value) {
        var raw = value.toByteArray();
        var out = new byte[32];
        System.arraycopy(raw, Math.max(0, raw.length - 32), out, Math.max(0, 32 - raw.length), Math.min(32, raw.length));
        return out;
    }
}
