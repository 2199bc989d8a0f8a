package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;

/** The strict form check that runs before any signature check: one canonical text per signed message. */
class CompactJwsTests {

    @Test
    void acceptsWhatASignerProducesAndVerifiesItWithTheSignersKey() throws Exception {
        var key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        for (int size = 0; size < 6; size++) {
            var compact = CompactJws.sign("{\"n\":\"xyz\"}".substring(0, 6 + size).getBytes(StandardCharsets.UTF_8),
                    Envelope.TYPE, "k1", new ECDSASigner(key));
            assertThat(CompactJws.canonicalShape(compact)).isTrue();
            CompactJws.verify(CompactJws.parse(compact, Envelope.TYPE), key.toPublicJWK().toJSONString());
        }
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
        assertThatThrownBy(() -> CompactJws.parse("eyJh.QR.AAAA", Envelope.TYPE)).isInstanceOf(EnvelopeRejected.class);
    }
}
