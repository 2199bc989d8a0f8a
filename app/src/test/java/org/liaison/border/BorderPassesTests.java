package org.liaison.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.border.passes.FederationTrust;
import org.liaison.border.passes.PassVerdict;
import org.liaison.border.passes.PassVerifier;
import org.liaison.border.passes.PassToken;
import org.liaison.border.passes.RevocationList;
import org.liaison.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Border passes at the issuing node (issue 18, ADR 0016): one officer takes the application, another approves it
 * and the node's key signs it; the applicant's officer cannot decide; a revoked pass is named in the node's re-signed
 * revocation list; every step is audited; a page's bad input changes nothing.
 */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorderPassesTests {

    private static final String AGENCY = "KH/P" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @Autowired BorderPasses passes;
    @Autowired FederationTrust trust;
    @Autowired Directory directory;
    @Autowired JdbcClient db;

    private long checkpoint;
    private long otherCheckpoint;

    @BeforeAll
    void checkpoints() {
        var kh = directory.checkpoints("KH", "LA");
        checkpoint = kh.getFirst().id();
        otherCheckpoint = directory.checkpoints("KH", "VN").getFirst().id();
    }

    private static <T> T as(String officer, Supplier<T> work) {
        return OfficerContext.as(officer, AGENCY, "BORDER_OFFICER", work);
    }

    private PassApplication application() {
        var today = LocalDate.now();
        return new PassApplication("Sok", "Dara", "សុខ ដារា", LocalDate.of(1990, 4, 12), "KHM", "Stung Treng, Siem Pang",
                List.of(Purpose.TRADE, Purpose.FAMILY_VISIT), List.of(checkpoint), today.minusDays(1), today.plusMonths(6));
    }

    private long audited(String action, Pass pass) {
        return db.sql("select count(*) from audit_entry where action = ? and subject = ?")
                .params(action, "pass:" + pass.number()).query(Long.class).single();
    }

    @Test
    void anotherOfficerApprovesAndTheNodeSignsAPassThatVerifiesAtItsCheckpoint() {
        var applied = as("taker", () -> passes.apply(application(), null));

        var approved = as("approver", () -> passes.approve(applied.id()));

        assertThat(approved.status()).isEqualTo(PassStatus.APPROVED);
        assertThat(approved.token()).startsWith(PassToken.PREFIX);
        assertThat(as("x", () -> passes.verify(approved.token(), checkpoint, Purpose.TRADE)).verdict())
                .isEqualTo(PassVerdict.VALID);
        assertThat(as("x", () -> passes.verify(approved.token(), otherCheckpoint, Purpose.TRADE)).verdict())
                .isEqualTo(PassVerdict.WRONG_CHECKPOINT);
        assertThat(as("x", () -> passes.verify(approved.token(), checkpoint, Purpose.WORK)).verdict())
                .isEqualTo(PassVerdict.WRONG_PURPOSE);
        assertThat(audited("PASS_APPLIED", applied)).isOne();
        assertThat(audited("PASS_APPROVED", applied)).isOne();
    }

    @Test
    void theOfficerWhoTookTheApplicationCannotDecideIt() {
        var applied = as("taker", () -> passes.apply(application(), null));

        assertThatThrownBy(() -> as("taker", () -> passes.approve(applied.id()))).isInstanceOf(InvalidPass.class);
        assertThat(as("taker", () -> passes.pass(applied.id())).status()).isEqualTo(PassStatus.APPLIED);
        assertThat(audited("PASS_APPROVED", applied)).isZero();
    }

    @Test
    void aRevokedPassIsNamedInTheNodesReSignedListAndVerifiesAsRevoked() {
        var applied = as("taker", () -> passes.apply(application(), null));
        var approved = as("approver", () -> passes.approve(applied.id()));

        var revoked = as("approver", () -> passes.revoke(applied.id(), "lost, reported by the holder"));

        assertThat(revoked.status()).isEqualTo(PassStatus.REVOKED);
        RevocationList own = trust.ownList().orElseThrow().list();
        assertThat(own.revoked()).contains(approved.number());
        assertThat(as("x", () -> passes.verify(approved.token(), checkpoint, Purpose.TRADE)).verdict())
                .isEqualTo(PassVerdict.REVOKED);
        assertThat(audited("PASS_REVOKED", applied)).isOne();
    }

    @Test
    void aPassTooLongOrForForeignCheckpointsIsRefusedAndNothingIsWritten() {
        var before = db.sql("select count(*) from border_pass where agency = ?").param(AGENCY).query(Long.class).single();
        var a = application();
        var tooLong = new PassApplication(a.surname(), a.givenNames(), a.nameInScript(), a.dateOfBirth(), a.nationality(),
                a.residence(), a.purposes(), a.checkpoints(), a.validFrom(), a.validFrom().plusYears(2));
        var foreign = new PassApplication(a.surname(), a.givenNames(), a.nameInScript(), a.dateOfBirth(), a.nationality(),
                a.residence(), a.purposes(), List.of(directory.checkpoints("LA", "VN").getFirst().id()), a.validFrom(),
                a.validUntil());

        assertThatThrownBy(() -> as("taker", () -> passes.apply(tooLong, null))).isInstanceOf(InvalidPass.class);
        assertThatThrownBy(() -> as("taker", () -> passes.apply(foreign, null))).isInstanceOf(InvalidPass.class);
        assertThat(db.sql("select count(*) from border_pass where agency = ?").param(AGENCY).query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theVerificationBundleCarriesTheNodesKeysAndNoPrivateHalf() {
        var bundle = as("x", () -> passes.bundle());

        assertThat(bundle.keys()).isNotEmpty().allSatisfy(k -> assertThat(k.publicJwk()).doesNotContain("\"d\""));
        assertThat(bundle.keys()).anySatisfy(k -> assertThat(k.node()).isEqualTo(bundle.node()));
        assertThat(PassVerifier.TYPE).isEqualTo("liaison-pass+jws");
    }
}
