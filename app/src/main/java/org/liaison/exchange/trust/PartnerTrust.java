package org.liaison.exchange.trust;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.outbound.FederationClient;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.node.ThisNode;
import org.liaison.shared.Actor;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which partner nodes and keys this node trusts. Keys are pinned: by an administrator, from a partner's
 * signed key export (signed by a key already pinned for it, or, the first time, matching a fingerprint the
 * administrator got out of band), or, in the demo only, on first use.
 */
@Component
public class PartnerTrust {

    private final Partners partners;
    private final KeyExports exports;
    private final FederationClient client;
    private final AuditTrail audit;
    private final ThisNode node;
    private final Clock clock;

    PartnerTrust(Partners partners, KeyExports exports, FederationClient client, AuditTrail audit, ThisNode node, Clock clock) {
        this.partners = partners;
        this.exports = exports;
        this.client = client;
        this.audit = audit;
        this.node = node;
        this.clock = clock;
    }

    /** Pins the keys of a signed export; {@code fingerprint} is needed unless a pinned key of the node signed it. */
    @Transactional
    List<String> importExport(String signedExport, @org.jspecify.annotations.Nullable String fingerprint, String source) {
        return importExport(signedExport, fingerprint, source, null);
    }

    /** As above; {@code endpoint}, when given, is where this node reaches the partner (configuration wins). */
    private List<String> importExport(String signedExport, @org.jspecify.annotations.Nullable String fingerprint, String source,
                                      @org.jspecify.annotations.Nullable String endpoint) {
        var export = exports.read(signedExport);
        if (export.nodeId().equals(node.id())) {
            throw new InvalidInput("exchange.refusal.ownExport", "this is this node's own export");
        }
        var signer = partners.key(export.nodeId(), export.signingKid());
        var continued = signer.isPresent() && signer.get().pinned();
        if (!continued && (fingerprint == null || !fingerprint.strip().equalsIgnoreCase(export.signingFingerprint()))) {
            throw new InvalidInput("exchange.refusal.unpinnedExport", "the export of " + export.nodeId() + " is signed by key "
                    + export.signingKid() + " (fingerprint " + export.signingFingerprint()
                    + "), which is not pinned here: confirm its fingerprint", export.nodeId(), export.signingFingerprint());
        }
        var baseUrl = endpoint != null ? endpoint : export.baseUrl();
        client.target(baseUrl, DeliveryRequest.PATH);
        return pin(export.nodeId(), baseUrl, export.keys(), continued ? "DIRECTORY_EXPORT" : source);
    }

    /** Demo only: fetches a peer's export and pins it without an out-of-band check (trust on first use). */
    @Transactional
    List<String> trustOnFirstUse(String nodeId, String baseUrl) throws IOException, InterruptedException {
        var reply = client.get(baseUrl, KeyExports.PATH);
        if (reply.status() != 200) {
            throw new IOException(nodeId + " answered " + reply.status() + " for its key export");
        }
        var export = exports.read(reply.body());
        if (!export.nodeId().equals(nodeId)) {
            throw new InvalidInput(baseUrl + " claims to be " + export.nodeId() + ", not " + nodeId);
        }
        return importExport(reply.body(), export.signingFingerprint(), "FIRST_USE", baseUrl);
    }

    /** Refreshes a trusted partner's keys from its current export, which a key pinned here must have signed. */
    @Transactional
    public List<String> refresh(Partners.Partner partner) throws IOException, InterruptedException {
        var url = client.target(partner.baseUrl(), KeyExports.PATH);
        FederationClient.Reply reply;
        try {
            reply = client.get(partner.baseUrl(), KeyExports.PATH);
        } catch (IOException e) {
            throw new IOException("no answer from " + url + " (" + FederationClient.describe(e) + ")", e);
        }
        if (reply.status() != 200) {
            throw new IOException(url + " answered " + reply.status() + " instead of the key export");
        }
        return importExport(reply.body(), null, "DIRECTORY_EXPORT", partner.baseUrl());
    }

    @Transactional
    void revokeKey(String nodeId, String kid) {
        if (partners.revokeKey(nodeId, kid, Instant.now(clock)) == 0) {
            throw new org.liaison.shared.NotFound("partner key", nodeId + "/" + kid);
        }
        audit.record(AuditAction.PARTNER_KEY_REVOKED, "node:" + nodeId, "kid=" + kid);
    }

    @Transactional
    public void setStatus(String nodeId, boolean trusted) {
        if (partners.setStatus(nodeId, trusted ? "TRUSTED" : "SUSPENDED") == 0) {
            throw new org.liaison.shared.NotFound("partner node", nodeId);
        }
        audit.record(trusted ? AuditAction.PARTNER_TRUSTED : AuditAction.PARTNER_SUSPENDED, "node:" + nodeId, "");
    }

    private List<String> pin(String nodeId, String baseUrl, JWKSet keys, String source) {
        var now = Instant.now(clock);
        partners.upsert(nodeId, baseUrl, source, Actor.currentName(), now);
        var added = new java.util.ArrayList<String>();
        for (JWK key : keys.getKeys()) {
            var publicJwk = key.toPublicJWK().toJSONString();
            if (partners.pinKey(nodeId, key.getKeyID(), publicJwk, KeyExports.fingerprint(publicJwk), now)) {
                added.add(key.getKeyID());
            }
        }
        if (!added.isEmpty()) {
            audit.record(AuditAction.PARTNER_KEY_PINNED, "node:" + nodeId, "source=" + source + " baseUrl=" + baseUrl
                    + " kids=" + String.join(",", added));
        }
        return added;
    }
}
