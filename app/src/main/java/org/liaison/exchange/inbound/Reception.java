package org.liaison.exchange.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditRecord;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageStatus;
import org.liaison.exchange.Retention;
import org.liaison.exchange.payload.Payload;
import org.liaison.exchange.schema.PayloadTypes;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.store.Attachments;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.trust.Partners;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.Envelope;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Receipt;
import org.liaison.exchange.wire.Rejection;
import org.liaison.node.ThisNode;
import org.liaison.shared.DomainException;
import org.liaison.shared.NodeTask;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receiving side: verifies a delivery, re-checks the policy against this node's own agreements, stores
 * it in the inbox exactly once and answers with a signed receipt. A redelivery of the same envelope gets
 * the original receipt; the same idempotency key on a different envelope is a replay, and a message id
 * already held under another key a duplicate. Every refusal is logged and audited ({@link InboundRefusals}).
 */
@Component
class Reception {

    /** The first key of this module's advisory locks on incoming messages ("LXIN"). */
    private static final int LOCK_SPACE = 0x4c58494e;

    private final Envelopes envelopes;
    private final ExchangeMessages messages;
    private final Attachments attachments;
    private final InboundRefusals refusals;
    private final InboundLimits limits;
    private final AgreementRegistry agreements;
    private final Directory directory;
    private final Partners partners;
    private final ThisNode node;
    private final AuditTrail audit;
    private final Inbound inbound;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExchangeSettings settings;
    private final JdbcClient jdbc;
    private final PayloadTypes payloads;

    Reception(Envelopes envelopes, ExchangeMessages messages, Attachments attachments, InboundRefusals refusals,
              InboundLimits limits, AgreementRegistry agreements, Directory directory, Partners partners, ThisNode node,
              AuditTrail audit, Inbound inbound, TransactionTemplate transaction, Clock clock, ExchangeSettings settings,
              JdbcClient jdbc, PayloadTypes payloads) {
        this.jdbc = jdbc;
        this.payloads = payloads;
        this.envelopes = envelopes;
        this.messages = messages;
        this.attachments = attachments;
        this.refusals = refusals;
        this.limits = limits;
        this.agreements = agreements;
        this.directory = directory;
        this.partners = partners;
        this.node = node;
        this.audit = audit;
        this.inbound = inbound;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Accepts a delivery from {@code address} and returns the signed receipt, or throws
     * {@link EnvelopeRejected} after logging it.
     */
    Accepted receive(String compact, List<DeliveryRequest.File> files, String address) {
        var verified = verify(compact, files, lookups(), address);
        try {
            return java.util.Objects.requireNonNull(transaction.execute(status -> store(verified)));
        } catch (EnvelopeRejected e) {
            refusals.envelope(verified.opened(), e.reason(), e.getMessage(), address);
            throw e;
        } catch (DuplicateKeyException e) {
            // Another sender's message with this id committed between the look-up and the insert.
            var refusal = duplicateId(verified.opened().envelope());
            refusals.envelope(verified.opened(), refusal.reason(), refusal.getMessage(), address);
            throw refusal;
        }
    }

    /**
     * Everything that can be checked before writing: signature, the sender's rate, claims, freshness, schema,
     * attachments and this node's agreements. A refusal is logged and audited (in a transaction of its own) and thrown.
     */
    Verified verify(String compact, List<DeliveryRequest.File> files, DeliveryLookups lookups, String address) {
        Envelopes.Opened opened = null;
        try {
            opened = envelopes.open(compact, lookups::keysWithId);
            limits.chargeNode(opened.envelope().sender().node());
            var checked = check(opened.envelope(), files, lookups);
            var payload = payload(opened.envelope());
            return new Verified(compact, opened, payload, checked, policy(opened.envelope()));
        } catch (EnvelopeRejected e) {
            refusals.envelope(opened, e.reason(), e.getMessage(), address);
            throw e;
        } catch (DomainException e) {
            // A typed id in the claims broke its rule (a malformed agency id, say).
            refusals.envelope(opened, Rejection.MALFORMED, e.getMessage(), address);
            throw new EnvelopeRejected(Rejection.MALFORMED, e.getMessage());
        }
    }

    /** The lookups of one delivery, shared by the checks of its envelopes. */
    DeliveryLookups lookups() {
        return new DeliveryLookups(partners, directory);
    }

    private List<Attachment> check(Envelope e, List<DeliveryRequest.File> files, DeliveryLookups lookups) {
        Claims.requireComplete(e);
        if (!node.id().equals(e.recipient().node()) || !AgencyId.of(e.recipient().agency()).country().equals(node.country())
                || !lookups.isAgency(AgencyId.of(e.recipient().agency()))) {
            throw new EnvelopeRejected(Rejection.WRONG_RECIPIENT, e.recipient().agency() + " at " + e.recipient().node()
                    + " is not an agency of this node (" + node.id() + ")");
        }
        var now = Instant.now(clock);
        if (e.sentAt().isBefore(now.minus(settings.maxMessageAge()))) {
            throw new EnvelopeRejected(Rejection.STALE, "sent " + e.sentAt() + ", older than " + settings.maxMessageAge());
        }
        if (e.sentAt().isAfter(now.plus(settings.maxClockSkew()))) {
            throw new EnvelopeRejected(Rejection.FROM_THE_FUTURE, "sent " + e.sentAt() + ", ahead of this node's clock");
        }
        return Claims.matchAttachments(e, files);
    }

    /** The payload read into its category's record, checked as the sender checked it before signing. */
    private Payload payload(Envelope e) {
        try {
            return payloads.read(DataCategory.valueOf(e.category()), e.schema(), e.payload());
        } catch (PayloadTypes.PayloadRefused refused) {
            throw new EnvelopeRejected(Rejection.SCHEMA_VIOLATION, refused.getMessage());
        }
    }

    private PolicyDecision policy(Envelope e) {
        var decision = agreements.decide(new PolicyQuery(AgencyId.of(e.sender().agency()), AgencyId.of(e.recipient().agency()),
                DataCategory.valueOf(e.category()), Purpose.valueOf(e.purpose()), e.sentAt()));
        if (!decision.allowed()) {
            throw new EnvelopeRejected(Rejection.POLICY_DENIED, "this node's agreements do not allow it: "
                    + decision.reason() + " — " + decision.explanation());
        }
        return decision;
    }

    private Accepted store(Verified verified) {
        var opened = verified.opened();
        var e = opened.envelope();
        lockSender(e.sender().node());
        var existing = messages.incoming(e.sender().node(), e.idempotencyKey());
        if (existing.isPresent()) {
            return again(existing.get(), opened);
        }
        if (messages.exists(MessageId.parse(e.id()))) {
            throw duplicateId(e);
        }
        var now = Instant.now(clock);
        var receipt = envelopes.seal(new Receipt(1, e.id(), e.idempotencyKey(), opened.sha256(), node.id(),
                e.recipient().agency(), now, String.valueOf(verified.decision().clause())));
        if (!messages.insert(e, false, verified.compact(), opened.sha256(), MessageStatus.RECEIVED, receipt, null, "system", now,
                Retention.under(verified.decision(), now))) {
            throw new IllegalStateException("idempotency key " + e.idempotencyKey() + " appeared under the sender's lock");
        }
        stored(verified, now);
        return new Accepted(receipt, false);
    }

    /**
     * Serialises storing messages of one sender node across this node's instances (until the transaction
     * ends), so the look-up of an idempotency key and the insert see the same inbox.
     */
    void lockSender(String senderNode) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, senderNode.hashCode()).query().singleRow();
    }

    /** What storing an accepted message entails besides its row: files, the audit entry, the module events. */
    void stored(Verified verified, Instant now) {
        storedAll(List.of(verified), now);
    }

    /**
     * {@link #stored} for the accepted messages of a batch, their audit entries appended in one go per sender
     * node. What follows from a partner's messages runs as that partner, so the audit trail names it.
     */
    void storedAll(List<Verified> accepted, Instant now) {
        accepted.forEach(v -> attachments.add(MessageId.parse(v.opened().envelope().id()), v.attachments()));
        var bySender = new LinkedHashMap<String, List<Verified>>();
        accepted.forEach(v -> bySender.computeIfAbsent(v.opened().envelope().sender().node(), n -> new ArrayList<>()).add(v));
        bySender.forEach((sender, theirs) -> NodeTask.runForPartner(sender, () -> {
            audit.recordAll(theirs.stream().map(Reception::auditOf).toList());
            theirs.forEach(v -> inbound.received(v.opened().envelope(), v.payload(), v.attachments()));
        }));
    }

    private static AuditRecord auditOf(Verified verified) {
        var e = verified.opened().envelope();
        return new AuditRecord(AuditAction.MESSAGE_RECEIVED, "message:" + e.id(), "from=" + e.sender().agency() + "@"
                + e.sender().node() + " kind=" + e.kind() + " category=" + e.category() + " clause="
                + verified.decision().clause());
    }

    Accepted again(ExchangeMessages.Stored existing, Envelopes.Opened opened) {
        if (existing.sha256().equals(opened.sha256()) && existing.receipt() != null) {
            return new Accepted(existing.receipt(), true);
        }
        throw new EnvelopeRejected(Rejection.REPLAY, "idempotency key " + opened.envelope().idempotencyKey()
                + " was already used by message " + existing.id());
    }

    /** The id of a message this node already holds under another idempotency key (or in the other direction). */
    static EnvelopeRejected duplicateId(Envelope e) {
        return new EnvelopeRejected(Rejection.DUPLICATE_ID, "message id " + e.id()
                + " is already in this node's message log under another idempotency key");
    }

    /** A delivery that passed every check and may be stored. */
    record Verified(String compact, Envelopes.Opened opened, Payload payload, List<Attachment> attachments,
                    PolicyDecision decision) {
    }

    /** The receipt to answer with; {@code duplicate} when the message had arrived before. */
    record Accepted(String receipt, boolean duplicate) {
    }
}
