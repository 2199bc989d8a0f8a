package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.trust.KeyExports;
import org.liaison.exchange.trust.PartnerTrust;
import org.liaison.exchange.trust.Partners;
import org.liaison.exchange.trust.TrustAdministration;
import org.liaison.exchange.wire.Envelope;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.liaison.identity.Role;
import org.liaison.node.CompactJws;
import org.liaison.node.NodeKeys;
import org.liaison.node.SignatureSuite;
import org.slf4j.LoggerFactory;

/**
 * A node rotates its key: partners follow through the signed export (signed by the new key, listing the old
 * one), the old key keeps verifying during the overlap, and a key a partner revoked is refused at once. A
 * partner's first envelope under a new key is accepted at once: its export is fetched, at most once a while.
 */
class KeyRotationTests {

    @Test
    void aPartnerFollowsARotationAndRefusesAKeyItRevoked() throws Exception {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var oldKid = kh.bean(NodeKeys.class).active().kid();
        var signedBefore = Forge.drugEnvelope(kh);
        var sealedBefore = Forge.seal(kh, signedBefore);
        var alsoBefore = Forge.drugEnvelope(kh);
        var alsoSealedBefore = Forge.seal(kh, alsoBefore);

        var newKid = Officers.as("admin", "KH/MOI", () -> kh.bean(TrustAdministration.class).rotate(), Role.ADMIN);
        // What the scheduled refresh does, called directly: the scheduled job holds its lock for most of a minute.
        la.bean(PartnerTrust.class).refresh(la.bean(Partners.class).find("KH-1").orElseThrow());

        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(la.bean(Partners.class).key("KH-1", newKid)).hasValueSatisfying(k -> assertThat(k.pinned()).isTrue());
        var afterRotation = TwoNodes.send(kh, "KH/MOI", MessageMother.drugNotification("Signed by the new key"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TwoNodes.messageOn(kh, afterRotation).status() == MessageStatus.DELIVERED);
        assertThat(la.bean(Envelopes.class).open(sealedBefore).kid()).as("old key within its overlap").isEqualTo(oldKid);

        Officers.as("admin", "LA/MPS", () -> {
            la.bean(TrustAdministration.class).revokePartnerKey("KH-1", oldKid);
            return null;
        }, Role.ADMIN);

        assertThatThrownBy(() -> la.bean(Envelopes.class).open(alsoSealedBefore)).isInstanceOf(EnvelopeRejected.class)
                .satisfies(e -> assertThat(((EnvelopeRejected) e).reason()).isEqualTo(Rejection.REVOKED_KEY));
        assertThat(kh.bean(NodeKeys.class).publicKeys().getKeyByKeyId(oldKid)).as("still published in the overlap").isNotNull();
        assertThat(la.audited("PARTNER_KEY_REVOKED")).isEqualTo(1);
        assertThat(kh.audited("SIGNING_KEY_ROTATED")).isEqualTo(1);
    }

    @Test
    void aFirstImportNeedsTheFingerprintObtainedOutOfBand() throws Exception {
        var kh = TwoNodes.kh();
        var export = kh.bean(KeyExports.class).current();
        var vn = FederationNode.prepare("VN-1");
        try (var node = vn.start()) {
            assertThatThrownBy(() -> Officers.as("admin", "VN/MPS",
                    () -> node.bean(TrustAdministration.class).importExport(export, "0000000000000000"), Role.ADMIN))
                    .hasMessageContaining("confirm its fingerprint");
            var fingerprint = node.bean(KeyExports.class).read(export).signingFingerprint();
            var pinned = Officers.as("admin", "VN/MPS",
                    () -> node.bean(TrustAdministration.class).importExport(export, fingerprint), Role.ADMIN);
            assertThat(pinned).isNotEmpty();
            assertThat(node.bean(Partners.class).find("KH-1")).hasValueSatisfying(p -> assertThat(p.source()).isEqualTo("MANUAL"));
        }
    }

    @Test
    void aPartnersFirstEnvelopeUnderItsNewKeyIsAcceptedWithoutWaitingForTheScheduledRefresh() throws Exception {
        var kh = TwoNodes.kh();
        var refetches = new ListAppender<ILoggingEvent>();
        var refetchLog = (Logger) LoggerFactory.getLogger("org.liaison.exchange.trust.KeyRefetch");
        try (var vn = FederationNode.prepare("VN-1").start()) {
            trust(kh, vn);
            refetchLog.setLevel(Level.INFO);
            refetchLog.addAppender(refetches);
            refetches.start();
            var newKid = Officers.as("admin", "VN/MPS", () -> vn.bean(TrustAdministration.class).rotate(), Role.ADMIN);
            assertThat(kh.bean(Partners.class).key("VN-1", newKid)).as("no scheduled refresh pinned it").isEmpty();

            var opened = kh.bean(Envelopes.class).open(Forge.seal(vn, Forge.drugEnvelope(vn)));

            assertThat(opened.kid()).isEqualTo(newKid);
            assertThat(kh.bean(Partners.class).key("VN-1", newKid)).hasValueSatisfying(k -> assertThat(k.pinned()).isTrue());
            for (int i = 0; i < 20; i++) {
                var madeUp = Forge.signWithMadeUpKey(vn, Forge.drugEnvelope(vn), "made-up-" + i);
                assertThatThrownBy(() -> kh.bean(Envelopes.class).open(madeUp)).isInstanceOf(EnvelopeRejected.class)
                        .satisfies(e -> assertThat(((EnvelopeRejected) e).reason()).isEqualTo(Rejection.UNKNOWN_KEY));
            }
            assertThat(refetches.list).as("fetches of VN-1's export: the rotation's, none for the flood").hasSize(1);
        } finally {
            refetchLog.detachAppender(refetches);
            refetchLog.setLevel(null);
            if (kh.bean(Partners.class).find("VN-1").isPresent()) {
                kh.bean(PartnerTrust.class).setStatus("VN-1", false);
            }
        }
    }

    /** Pins a fresh VN-1's keys on KH-1 by its fingerprint and trusts it again (an earlier test suspends it). */
    private static void trust(FederationNode kh, FederationNode vn) throws Exception {
        var export = vn.bean(KeyExports.class).current();
        Officers.as("admin", "KH/MOI", () -> kh.bean(TrustAdministration.class)
                .importExport(export, kh.bean(KeyExports.class).read(export).signingFingerprint()), Role.ADMIN);
        kh.bean(PartnerTrust.class).setStatus("VN-1", true);
    }

    @Test
    void aNodeMovesFromEs256ToEd25519ByRotatingAndItsPartnerFollows() throws Exception {
        var kh = TwoNodes.kh();
        try (var vn = FederationNode.prepare("VN-1").with("liaison.node.keys.algorithm", "ES256").start()) {
            trust(kh, vn);
            var es256Kid = vn.bean(NodeKeys.class).active().kid();
            var sealedBefore = Forge.seal(vn, Forge.drugEnvelope(vn));

            vn.with("liaison.node.keys.algorithm", "Ed25519").restart();
            assertThat(vn.bean(NodeKeys.class).active().suite()).as("a stored key keeps its suite").isEqualTo(SignatureSuite.ES256);
            var ed25519Kid = Officers.as("admin", "VN/MPS", () -> vn.bean(TrustAdministration.class).rotate(), Role.ADMIN);
            kh.bean(PartnerTrust.class).refresh(kh.bean(Partners.class).find("VN-1").orElseThrow());
            var sealedAfter = Forge.seal(vn, Forge.drugEnvelope(vn));

            assertThat(vn.bean(NodeKeys.class).active().suite()).isEqualTo(SignatureSuite.ED25519);
            assertThat(kh.bean(Envelopes.class).open(sealedBefore).kid()).as("ES256 key within its overlap").isEqualTo(es256Kid);
            assertThat(kh.bean(Envelopes.class).open(sealedAfter).kid()).isEqualTo(ed25519Kid);
            assertThat(CompactJws.parse(sealedAfter, Envelope.TYPE).getHeader().getAlgorithm().getName()).isEqualTo("Ed25519");
        } finally {
            if (kh.bean(Partners.class).find("VN-1").isPresent()) {
                kh.bean(PartnerTrust.class).setStatus("VN-1", false);
            }
        }
    }
}
