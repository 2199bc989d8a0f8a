package org.liaison.exchange.trust;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.node.NodeKey;
import org.liaison.node.NodeKeys;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's work on this node's keys and the partners it trusts; audited in the same transaction. */
@Service
public class TrustAdministration {

    private final NodeKeys keys;
    private final PartnerTrust trust;
    private final Partners partners;
    private final AuditTrail audit;

    TrustAdministration(NodeKeys keys, PartnerTrust trust, Partners partners, AuditTrail audit) {
        this.keys = keys;
        this.trust = trust;
        this.partners = partners;
        this.audit = audit;
    }

    @PreAuthorize(Permissions.ADMIN)
    public List<NodeKey> signingKeys() {
        keys.active();
        return keys.all();
    }

    @PreAuthorize(Permissions.ADMIN)
    public List<Partners.Partner> partners() {
        return partners.all();
    }

    @PreAuthorize(Permissions.ADMIN)
    public List<Partners.PinnedKey> keysOf(String nodeId) {
        return partners.keysOf(nodeId);
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public String rotate() {
        var kid = keys.rotate();
        audit.record(AuditAction.SIGNING_KEY_ROTATED, "key:" + kid, "the previous key verifies during the overlap");
        return kid;
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public void revoke(String kid, String reason) {
        if (!keys.revoke(kid, reason)) {
            throw new org.liaison.shared.NotFound("signing key", kid);
        }
        audit.record(AuditAction.SIGNING_KEY_REVOKED, "key:" + kid, reason);
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public List<String> importExport(String export, @Nullable String fingerprint) {
        return trust.importExport(export, fingerprint, "MANUAL");
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public void revokePartnerKey(String nodeId, String kid) {
        trust.revokeKey(nodeId, kid);
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public void setPartnerTrusted(String nodeId, boolean trusted) {
        trust.setStatus(nodeId, trusted);
    }
}
