package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.liaison.node.NodeKeys;
import org.liaison.node.SignatureSuite;

/**
 * 1,000 random single-bit flips per signature suite, spread over the header, the claims, the signature and the
 * key id, each checked by the receiving node's own verification: none may pass.
 */
class BitFlipTests {

    enum Region { HEADER, PAYLOAD, SIGNATURE, KID }

    @Test
    void everySingleBitFlipAnywhereInAnEd25519EnvelopeIsRejected() {
        assertThat(TwoNodes.kh().bean(NodeKeys.class).active().suite()).isEqualTo(SignatureSuite.ED25519);
        everyFlipIsRejected(TwoNodes.kh(), TwoNodes.la());
    }

    @Test
    void everySingleBitFlipAnywhereInAnEs256EnvelopeIsRejected() {
        assertThat(TwoNodes.la().bean(NodeKeys.class).active().suite()).isEqualTo(SignatureSuite.ES256);
        everyFlipIsRejected(TwoNodes.la(), TwoNodes.kh());
    }

    private static void everyFlipIsRejected(FederationNode sender, FederationNode receiving) {
        var receiver = receiving.bean(Envelopes.class);
        var compact = Forge.seal(sender, Forge.drugEnvelope(sender));
        assertThat(receiver.open(compact).envelope().category()).isEqualTo("DRUG_TRAFFICKING_INFORMATION");

        var random = new Random(20261125L);
        var reasons = new EnumMap<Rejection, Integer>(Rejection.class);
        for (int i = 0; i < 1000; i++) {
            var region = Region.values()[i % 4];
            var flipped = flip(compact, region, random);
            assertThat(flipped).isNotEqualTo(compact);
            var rejected = catchRejection(() -> receiver.open(flipped), region + " flip " + i);
            reasons.merge(rejected.reason(), 1, Integer::sum);
        }
        assertThat(reasons.keySet()).contains(Rejection.BAD_SIGNATURE, Rejection.MALFORMED, Rejection.UNKNOWN_KEY);
    }

    private static EnvelopeRejected catchRejection(Runnable open, String what) {
        var thrown = org.assertj.core.api.Assertions.catchThrowable(open::run);
        assertThat(thrown).as(what).isInstanceOf(EnvelopeRejected.class);
        return (EnvelopeRejected) thrown;
    }

    /** Flips one bit of the compact text in a region, or of the decoded key id (re-encoded, so it stays well-formed). */
    static String flip(String compact, Region region, Random random) {
        var parts = compact.split("\\.");
        if (region == Region.KID) {
            var header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            int start = header.indexOf("\"kid\":\"") + 7;
            int end = header.indexOf('"', start);
            var bytes = header.getBytes(StandardCharsets.UTF_8);
            int at = start + random.nextInt(end - start);
            bytes[at] ^= (byte) (1 << random.nextInt(7));
            var encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            return encoded + "." + parts[1] + "." + parts[2];
        }
        int part = region.ordinal();
        int offset = 0;
        for (int p = 0; p < part; p++) {
            offset += parts[p].length() + 1;
        }
        var chars = compact.toCharArray();
        int at = offset + random.nextInt(parts[part].length());
        chars[at] ^= (char) (1 << random.nextInt(7));
        return new String(chars);
    }

    @Test
    void theUnusedLowBitsOfTheLastSignatureCharacterCannotSmuggleAVariantThrough() {
        var kh = TwoNodes.kh();
        var compact = Forge.seal(kh, Forge.drugEnvelope(kh));
        // 64 signature bytes are 86 base64url characters; the last one carries 2 unused bits.
        var chars = compact.toCharArray();
        chars[chars.length - 1] ^= 1;
        assertThatThrownBy(() -> TwoNodes.la().bean(Envelopes.class).open(new String(chars)))
                .isInstanceOf(EnvelopeRejected.class);
    }
}
