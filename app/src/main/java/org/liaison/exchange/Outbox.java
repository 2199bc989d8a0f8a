package org.liaison.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.PolicyQuery;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.node.ThisNode;
import org.liaison.shared.Actor;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sending side: checks the policy first (denied: nothing is queued), signs the envelope and writes it
 * to the outbox in the caller's transaction, so the message leaves if and only if the business change commits.
 */
@Component
class Outbox {

    private final AgreementRegistry agreements;
    private final Partners partners;
    private final Envelopes envelopes;
    private final ExchangeMessages messages;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final DeliveryWorker worker;
    private final ThisNode node;
    private final Clock clock;

    Outbox(AgreementRegistry agreements, Partners partners, Envelopes envelopes, ExchangeMessages messages,
           Attachments attachments, AuditTrail audit, DeliveryWorker worker, ThisNode node, Clock clock) {
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

    @Transactional(propagation = Propagation.MANDATORY)
    MessageId queue(OutgoingMessage message) {
        requireSenderHere(message);
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        var decision = allowed(message, now);
        var schema = PayloadSchemas.nameOf(message.category());
        var problem = PayloadSchemas.problemWith(message.category(), schema, message.payload());
        if (problem != null) {
            throw new InvalidInput(problem);
        }
        var partner = partners.ofCountry(message.recipient().country()).orElseThrow(() ->
                new InvalidInput("no trusted partner node serves " + message.recipient()));
        var conversation = conversationOf(message);
        var id = MessageId.random();
        var envelope = Drafts.envelope(id, conversation, message, node, partner.nodeId(), decision, now, schema);
        var compact = envelopes.seal(envelope);
        messages.insert(envelope, true, compact, Attachment.sha256(compact.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                MessageStatus.QUEUED, null, now, Actor.currentName(), now, Retention.under(decision, now));
        attachments.add(id, message.attachments());
        if (message.inReplyTo() != null) {
            messages.markAnswered(message.inReplyTo(), now);
        }
        audit.record(AuditAction.MESSAGE_QUEUED, "message:" + id, "to=" + message.recipient() + "@" + partner.nodeId()
                + " kind=" + message.kind() + " category=" + message.category() + " clause=" + decision.clause());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wake();
            }
        });
        return id;
    }

    private void requireSenderHere(OutgoingMessage message) {
        if (!message.sender().country().equals(node.country())) {
            throw new InvalidInput(message.sender() + " is not an agency of this node");
        }
        var actor = Actor.current().filter(a -> !a.agencyId().isEmpty()); // the node itself may send for its agencies
        if (actor.isPresent() && !(message.sender().value() + "/").startsWith(actor.get().agencyId() + "/")) {
            throw new Forbidden("an officer of " + actor.get().agencyId() + " cannot send for " + message.sender());
        }
    }

    private PolicyDecision allowed(OutgoingMessage message, Instant now) {
        var decision = agreements.decide(new PolicyQuery(message.sender(), message.recipient(), message.category(),
                message.purpose(), now));
        if (!decision.allowed()) {
            var detail = decision.reason() + ": " + decision.explanation();
            // Audited once the caller's transaction has rolled back, in a transaction of its own.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    audit.recordRejection(AuditAction.MESSAGE_DENIED, "to:" + message.recipient(), Outcome.DENIED,
                            "category=" + message.category() + " purpose=" + message.purpose() + " " + detail);
                }
            });
            throw new Forbidden("no agreement allows sending " + message.category() + " to " + message.recipient()
                    + " for " + message.purpose() + " (" + decision.reason() + "): " + decision.explanation());
        }
        return decision;
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
            throw new InvalidInput("a reply goes to the agency that sent the message it answers");
        }
        return answered.conversation();
    }
}
