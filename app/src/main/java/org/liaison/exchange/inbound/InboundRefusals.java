package org.liaison.exchange.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.store.Rejections;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.Rejection;
import org.liaison.shared.NodeTask;
import org.springframework.stereotype.Component;

/**
 * Logs and audits what the federation endpoint refuses. A refusal of a delivery signed by a pinned partner
 * (a replay, a duplicate id, its agreements, …) is judged on what the partner signed: it gets its own
 * message-log row and audit entry, recorded as that partner ({@code node:<id>}), in a transaction of its
 * own. Anything refused before a signature verified, or shed under load, is only counted
 * ({@link UnverifiedRefusals}): whoever sent it cannot be named, and anyone can send it.
 */
@Component
class InboundRefusals {

    private final Rejections rejections;
    private final UnverifiedRefusals unverified;
    private final AuditTrail audit;
    private final Clock clock;

    InboundRefusals(Rejections rejections, UnverifiedRefusals unverified, AuditTrail audit, Clock clock) {
        this.rejections = rejections;
        this.unverified = unverified;
        this.audit = audit;
        this.clock = clock;
    }

    /** A delivery refused before a signature verified (unreadable, too large, rate-limited …), from {@code address}. */
    void unverified(String address, Rejection reason, String detail) {
        unverified.add(address, reason, detail);
    }

    /** An envelope refused; {@code opened} is null when it could not be opened (and its signature not verified). */
    void envelope(Envelopes.@Nullable Opened opened, Rejection reason, String detail, String address) {
        if (opened == null || reason.deferred()) {
            unverified(address, reason, detail);
            return;
        }
        var envelope = opened.envelope();
        var id = safeId(envelope.id());
        signed(envelope.sender().node(), id, id == null ? "delivery" : "message:" + id, reason, detail);
    }

    /** A read notice refused after its signature verified, as one of {@code readerNode}'s. */
    void notice(String readerNode, Rejection reason, String detail, String address) {
        if (reason.deferred()) {
            unverified(address, reason, "read notice: " + detail);
        } else {
            signed(readerNode, null, "notice", reason, "read notice: " + detail);
        }
    }

    private void signed(String node, @Nullable MessageId id, String subject, Rejection reason, String detail) {
        NodeTask.runForPartner(node, () -> {
            rejections.add(Instant.now(clock), "IN", id, node, reason.name(), detail);
            audit.recordRejection(AuditAction.MESSAGE_REJECTED, subject, Outcome.DENIED, reason + ": " + detail + " from=" + node);
        });
    }

    private static @Nullable MessageId safeId(@Nullable String id) {
        try {
            return id == null ? null : new MessageId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
