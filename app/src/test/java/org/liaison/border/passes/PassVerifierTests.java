package org.liaison.border.passes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.border.passes.PassMother.TODAY;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaison.border.Purpose;
import org.liaison.node.SignatureSuite;

/**
 * Verifying a pass token (issue 18, ADR 0016), for each signature suite a node may hold: the genuine pass is valid;
 * a tampered, foreign-key-signed or garbled one is forged; revoked, expired, not-yet-valid, wrong-checkpoint and
 * wrong-purpose passes are told apart in that order.
 */
class PassVerifierTests {

    private static final long CHECKPOINT = 3;

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void aGenuinePassIsValidAtItsCheckpointForItsPurposeAndFitsASmallQrCode(SignatureSuite suite) {
        var kh = PassMother.key("KH-1", suite);
        var token = PassMother.token(PassMother.claims("KH-1", "KH-P-7KX3M9AB"), kh);

        var result = PassMother.verifier(Map.of(), kh).verify(token, CHECKPOINT, Purpose.TRADE, TODAY);

        assertThat(result.verdict()).isEqualTo(PassVerdict.VALID);
        assertThat(result.claims().nameInScript()).isEqualTo("សុខ ដារា");
        assertThat(token).startsWith("LP1:").hasSizeLessThan(500);
    }

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void aPassWithAnyChangedClaimIsForged(SignatureSuite suite) {
        var kh = PassMother.key("KH-1", suite);
        var genuine = PassToken.unpack(PassMother.token(PassMother.claims("KH-1", "KH-P-7KX3M9AB"), kh));
        var claims = PassToken.claimsText(genuine).replace("2027-05-25", "2028-05-25");
        var tampered = new PassToken.Parts(genuine.header(), claims.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                genuine.signature());

        var result = PassMother.verifier(Map.of(), kh).verify(repack(tampered), CHECKPOINT, null, TODAY);

        assertThat(claims).contains("2028-05-25");
        assertThat(result.verdict()).isEqualTo(PassVerdict.FORGED);
        assertThat(result.claims()).isNull();
    }

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void aPassSignedByAKeyOutsideTheFederationIsForged(SignatureSuite suite) {
        var kh = PassMother.key("KH-1", suite);
        var stranger = PassMother.key("KH-1", suite);
        var token = PassMother.token(PassMother.claims("KH-1", "KH-P-7KX3M9AB"), stranger);

        assertThat(PassMother.verifier(Map.of(), kh).verify(token, CHECKPOINT, null, TODAY).verdict())
                .isEqualTo(PassVerdict.FORGED);
    }

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void aPartnerKeyCannotVouchForAnotherNodesPass(SignatureSuite suite) {
        var kh = PassMother.key("KH-1", suite);
        var la = PassMother.key("LA-1", suite);
        var token = PassMother.token(PassMother.claims("KH-1", "KH-P-7KX3M9AB"), la);

        assertThat(PassMother.verifier(Map.of(), kh, la).verify(token, CHECKPOINT, null, TODAY).verdict())
                .isEqualTo(PassVerdict.FORGED);
    }

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void aRevokedPassIsRevokedEvenAtItsCheckpoint(SignatureSuite suite) {
        var kh = PassMother.key("KH-1", suite);
        var token = PassMother.token(PassMother.claims("KH-1", "KH-P-7KX3M9AB"), kh);

        var verifier = PassMother.verifier(Map.of("KH-1", Set.of("KH-P-7KX3M9AB")), kh);

        assertThat(verifier.verify(token, CHECKPOINT, Purpose.TRADE, TODAY).verdict()).isEqualTo(PassVerdict.REVOKED);
        assertThat(PassMother.verifier(Map.of("LA-1", Set.of("KH-P-7KX3M9AB")), kh)
                .verify(token, CHECKPOINT, Purpose.TRADE, TODAY).verdict()).isEqualTo(PassVerdict.VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void datesCheckpointsAndPurposesAreCheckedInThatOrder(SignatureSuite suite) {
        var kh = PassMother.key("KH-1", suite);
        var token = PassMother.token(PassMother.claims("KH-1", "KH-P-7KX3M9AB"), kh);
        var verifier = PassMother.verifier(Map.of(), kh);

        assertThat(verifier.verify(token, 99, Purpose.WORK, TODAY.plusDays(171)).verdict()).isEqualTo(PassVerdict.EXPIRED);
        assertThat(verifier.verify(token, 99, Purpose.WORK, TODAY.minusDays(11)).verdict()).isEqualTo(PassVerdict.NOT_YET_VALID);
        assertThat(verifier.verify(token, 99, Purpose.WORK, TODAY).verdict()).isEqualTo(PassVerdict.WRONG_CHECKPOINT);
        assertThat(verifier.verify(token, 5, Purpose.WORK, TODAY).verdict()).isEqualTo(PassVerdict.WRONG_PURPOSE);
        assertThat(verifier.verify(token, 5, Purpose.FAMILY_VISIT, TODAY.plusDays(170)).verdict()).isEqualTo(PassVerdict.VALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureSuite.class)
    void garbledTextIsForgedNeverAnError(SignatureSuite suite) {
        var kh = PassMother.key("KH-1", suite);
        var token = PassMother.token(PassMother.claims("KH-1", "KH-P-7KX3M9AB"), kh);
        var verifier = PassMother.verifier(Map.of(), kh);

        for (var text : new String[] { "", "LP1:", "LP1:A", "HC1:" + token.substring(4), token.substring(0, token.length() - 3),
                token + "00", "LP1:" + Base45.encode(new byte[] { 1, 2, 3 }), token.toLowerCase() }) {
            assertThat(verifier.verify(text, CHECKPOINT, null, TODAY).verdict()).as(text).isEqualTo(PassVerdict.FORGED);
        }
    }

    private static String repack(PassToken.Parts parts) {
        var b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return PassToken.pack(b64.encodeToString(parts.header()) + "." + b64.encodeToString(parts.claims()) + "."
                + b64.encodeToString(parts.signature()));
    }
}
