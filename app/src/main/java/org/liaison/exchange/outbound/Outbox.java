package org.liaison.exchange.outbound;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.PolicyQuery;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.exchange.Allowed;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.Denied;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageStatus;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Retention;
import org.liaison.exchange.SendCheck;
import org.liaison.exchange.SendResult;
import org.liaison.exchange.Sent;
import org.liaison.exchange.schema.PayloadTypes;
import org.liaison.exchange.store.Attachments;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.trust.Partners;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Sha256;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sending side: checks first (denied: nothing is queued, the refusal is the answer), signs the envelope and
 * writes it to the outbox in the caller's transaction, so the message leaves if and only if the business change
 * commits.
 */
@Component
public class Outbox {

    private final AgreementRegistry agreements;
    private final Partners partners;
    private final Envelopes envelopes;
    private final ExchangeMessages messages;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final DeliveryWorker worker;
    private final ThisNode node;
    private final PayloadTypes payloads;
    private final Clock clock;

    Outbox(AgreementRegistry agreements, Partners partners, Envelopes envelopes, ExchangeMessages messages,
           Attachments attachments, AuditTrail audit, DeliveryWorker worker, ThisNode node, PayloadTypes payloads,
           Clock clock) {
        this.payloads = payloads;
        this.agreements = agreements;
        this.partners = partners;
        this.envelopes = envelopes;
        this.messages = messages;
        this.attachments = attachments;
        this.audit = audit;
        this.worker = worker;
        this.node = node;
        this.clock = clock;
    }

    /** May this be sent now? The same answer {@link #queue} would give, with nothing written and nothing audited. */
    public SendCheck check(OutgoingMessage message) {
        var now = Instant.now(clock);
        var checked = checked(message, now);
        if (checked.denied() != null) {
            return checked.denied();
        }
        var decision = checked.cleared().decision();
        return new Allowed(Objects.requireNonNull(decision.clause()), Objects.requireNonNull(decision.handling()));
    }

    /** Checks, signs and queues in the caller's transaction; a denial is audited and nothing is written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public SendResult queue(OutgoingMessage message) {
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        var checked = checked(message, now);
        var denied = checked.denied();
        if (denied != null) {
            audit.recordRejection(AuditAction.MESSAGE_DENIED, "to:" + message.recipient(), Outcome.DENIED,
                    "category=" + message.category() + " purpose=" + message.purpose() + " " + denied.why() + ": "
                    + denied.explanation());
            return denied;
        }
        var cleared = Objects.requireNonNull(checked.cleared());
        var decision = cleared.decision();
        var conversation = conversationOf(message);
        var id = MessageId.random();
        var envelope = Drafts.envelope(id, conversation, message, node, cleared.partnerNode(), decision, now,
                payloads.schemaOf(message.category()), payloads.write(message.payload()));
        var compact = envelopes.seal(envelope);
        messages.insert(envelope, true, compact, Sha256.hex(compact.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                MessageStatus.QUEUED, null, now, Reach.current().actor(), now, Retention.under(decision, now));
        attachments.add(id, message.attachments());
        if (message.inReplyTo() != null) {
            messages.markAnswered(message.inReplyTo(), now);
        }
        audit.record(AuditAction.MESSAGE_QUEUED, "message:" + id, "to=" + message.recipient() + "@" + cleared.partnerNode()
                + " kind=" + message.kind() + " category=" + message.category() + " clause=" + decision.clause()
                + (message.forwardOf() == null ? "" : " forwarding=" + message.forwardOf()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wake();
            }
        });
        return new Sent(id, Objects.requireNonNull(decision.clause()));
    }

    /**
     * Every check before anything is written: the payload fits its record (else {@link InvalidInput}: a caller's
     * mistake, not a refusal), the caller acts for the sender, the agreements allow it, a partner node is there.
     */
    private Checked checked(OutgoingMessage message, Instant now) {
        if (!message.sender().country().equals(node.country())) {
            return Checked.no(new Denied(Denied.Why.NOT_YOUR_AGENCY, message.sender() + " is not an agency of this node",
                    null, null));
        }
        var problem = payloads.problemWith(message.category(), message.payload());
        if (problem != null) {
            throw new InvalidInput(problem);
        }
        var reach = Reach.current();
        if (!reach.covers(message.sender())) {
            return Checked.no(new Denied(Denied.Why.NOT_YOUR_AGENCY, reach.actor() + " does not act for "
                    + message.sender(), null, null));
        }
        var query = new PolicyQuery(message.sender(), message.recipient(), message.category(), message.purpose(), now);
        var decision = agreements.decide(query);
        if (!decision.allowed()) {
            return Checked.no(denial(query, decision, reach));
        }
        var partner = partners.ofCountry(message.recipient().country());
        if (partner.isEmpty()) {
            return Checked.no(new Denied(Denied.Why.NO_PARTNER_NODE, "no trusted partner node serves "
                    + message.recipient().country() + " yet", null, null));
        }
        return new Checked(new Cleared(decision, partner.get().nodeId()), null);
    }

    /** The agreements' refusal, told as the officer may hear it (no agreement they may not see is named). */
    private Denied denial(PolicyQuery query, PolicyDecision decision, Reach reach) {
        if (reach instanceof Reach.Node) {
            return new Denied(Denied.Why.AGREEMENTS, decision.explanation(), decision.reason(), decision.clause(),
                    decision.why());
        }
        var answer = agreements.answer(query);
        return new Denied(Denied.Why.AGREEMENTS, "no agreement allows sending " + query.category() + " to "
                + query.recipient() + " for " + query.purpose() + " (" + answer.reason() + "): " + answer.explanation(),
                answer.reason(), answer.clause(), answer.why());
    }

    /** What the checks let through: the decision to sign under and the partner node to deliver to. */
    private record Cleared(PolicyDecision decision, String partnerNode) {
    }

    /** Either cleared or denied. */
    private record Checked(@Nullable Cleared cleared, @Nullable Denied denied) {
        static Checked no(Denied denied) {
            return new Checked(null, denied);
        }
    }

    private ConversationId conversationOf(OutgoingMessage message) {
        if (message.conversation() != null) {
            var known = messages.conversation(message.conversation()).stream().anyMatch(m ->
                    m.sender().equals(message.recipient()) || m.recipient().equals(message.recipient()));
            if (!known) {
                throw new NotFound("conversation with " + message.recipient(), message.conversation());
            }
            return message.conversation();
        }
        if (message.inReplyTo() == null) {
            return ConversationId.random();
        }
        var answered = messages.find(message.inReplyTo()).orElseThrow(() -> new NotFound("message", message.inReplyTo()));
        if (answered.outgoing() || !answered.sender().equals(message.recipient())) {
            throw new InvalidInput("exchange.refusal.replyRecipient", "a reply goes to the agency that sent the message it answers");
        }
        return answered.conversation();
    }
}
