package org.liaison.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.bundle.Bundles;
import org.liaison.exchange.outbound.Deliveries;
import org.liaison.exchange.outbound.DeliveryWorker;
import org.liaison.exchange.outbound.Forwarding;
import org.liaison.exchange.outbound.NoticeOutbox;
import org.liaison.exchange.outbound.Outbox;
import org.liaison.exchange.retention.LegalHolds;
import org.liaison.exchange.store.Activity;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.store.MessageLog;
import org.liaison.exchange.trust.Partners;
import org.liaison.identity.Reach;
import org.liaison.shared.Conflict;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends and receives messages between agencies on different nodes. Public facade of the exchange module:
 * every module sends through {@link #send}, in its own transaction, and learns of arrivals through the
 * {@link MessageReceived} and {@link ReplyReceived} events.
 *
 * <p>An officer sees only messages their agency (or one below it) sent or received; administrators see all.
 * Each message is kept under the retention of this node's own policy decision and its payload purged after it
 * ({@link Retention}), unless a prosecutor of its agency holds it ({@link #placeHold}).
 */
@Service
public class Exchange {

    private final Outbox outbox;
    private final Partners partners;
    private final ExchangeMessages messages;
    private final MessageLog log;
    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final AuditTrail audit;
    private final Bundles bundles;
    private final NoticeOutbox notices;
    private final LegalHolds holds;
    private final Forwarding forwarding;
    private final Clock clock;
    private final Activity activity;

    Exchange(Outbox outbox, Partners partners, ExchangeMessages messages, MessageLog log, Deliveries deliveries,
             DeliveryWorker worker, AuditTrail audit, Bundles bundles, NoticeOutbox notices, LegalHolds holds,
             Forwarding forwarding, Clock clock, Activity activity) {
        this.activity = activity;
        this.forwarding = forwarding;
        this.notices = notices;
        this.holds = holds;
        this.bundles = bundles;
        this.outbox = outbox;
        this.partners = partners;
        this.messages = messages;
        this.log = log;
        this.deliveries = deliveries;
        this.worker = worker;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks, signs and queues the message in the caller's transaction: it leaves once that commits. The answer
     * is {@link Sent}, or {@link Denied} with the reason (the agreements, the officer's agency, no partner node),
     * nothing written and the refusal audited. A payload that does not fit its category's record is the caller's
     * mistake: {@link org.liaison.shared.InvalidInput}.
     */
    @Transactional
    @PreAuthorize(Permissions.SIGNED_IN)
    public SendResult send(OutgoingMessage message) {
        return outbox.queue(message);
    }

    /** What {@link #send} would answer now, without sending, writing or auditing anything. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public SendCheck check(OutgoingMessage message) {
        return outbox.check(message);
    }

    /**
     * Passes a received message's content on to another agency, as a new message of this node's receiving agency
     * (the officer must act for it) under this node's own agreements with the new recipient: the payload and files
     * unchanged, the original named in the audit trail. Refused when its handling code keeps it within the
     * recipient agency (TLP:RED, TLP:AMBER+STRICT), when it was purged, or when no agreement in force allows it.
     */
    @Transactional
    @PreAuthorize(Permissions.SIGNED_IN)
    public SendResult forward(MessageId id, AgencyId to, Purpose purpose) {
        var message = message(id);
        var refusal = forwarding.refusal(message);
        if (refusal != null) {
            audit.recordRejection(AuditAction.MESSAGE_DENIED, "message:" + id, Outcome.DENIED, "forward to " + to
                    + ": " + refusal.why() + ": " + refusal.explanation());
            return refusal;
        }
        return outbox.queue(forwarding.of(message, to, purpose));
    }

    /** What {@link #forward} would answer now, without sending. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public SendCheck checkForward(MessageId id, AgencyId to, Purpose purpose) {
        var message = message(id);
        var refusal = forwarding.refusal(message);
        return refusal != null ? refusal : outbox.check(forwarding.of(message, to, purpose));
    }

    /** Whether a trusted partner node serves the agency's country, i.e. {@link #send} has somewhere to deliver. */
    public boolean reaches(AgencyId recipient) {
        return partners.ofCountry(recipient.country()).isPresent();
    }

    /** A message the caller may see: one their agency (or one below it) sent or received. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Message message(MessageId id) {
        return messages.find(id).filter(Exchange::visibleHere).orElseThrow(() -> new NotFound("message", id));
    }

    /**
     * How long this node keeps each of these messages and where that stands, without their content: for modules
     * that keep what a message brought or took (a partner's alert, a hit report) and show its retention.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Map<MessageId, Retention> retentionOf(Collection<MessageId> ids) {
        return ids.isEmpty() ? Map.of() : messages.retentions(ids);
    }

    /**
     * Keeps a message past its retention until released (a new reason replaces the old one). Only a prosecutor
     * of the message's own agency, or of one above it: others get {@link NotFound} or
     * {@link org.liaison.shared.Forbidden}, audited.
     */
    @Transactional
    @PreAuthorize(Permissions.PROSECUTES)
    public Message placeHold(MessageId id, String reason) {
        return holds.place(id, reason);
    }

    /** Lifts a legal hold, so the next purge after the message's date erases it; the same prosecutors only. */
    @Transactional
    @PreAuthorize(Permissions.PROSECUTES)
    public Message releaseHold(MessageId id) {
        return holds.release(id);
    }

    /** Whether the current officer may place or release a legal hold on the message. */
    public boolean mayHold(Message message) {
        return LegalHolds.mayHold(message);
    }

    /** The messages of a conversation the officer may see, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Message> conversation(ConversationId id) {
        return messages.conversation(id).stream().filter(Exchange::visibleHere).toList();
    }

    /** A self-contained bundle (envelope, signed receipt, public keys) that verifies offline. */
    @Transactional
    @PreAuthorize(Permissions.SIGNED_IN)
    public String exportBundle(MessageId id) {
        var bundle = bundles.export(message(id));
        audit.record(AuditAction.MESSAGE_BUNDLE_EXPORTED, "message:" + id, "");
        return bundle;
    }

    /**
     * Marks an incoming message read by the officer opening it (once), and queues a signed read notice for
     * the sender's node, which then shows the message as read, with the time.
     */
    @Transactional
    @PreAuthorize(Permissions.SIGNED_IN)
    public void markRead(MessageId id) {
        var message = message(id);
        var now = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (!message.outgoing() && !message.retention().purged() && messages.markRead(id, now) == 1) {
            notices.read(message, now);
            audit.record(AuditAction.MESSAGE_READ, "message:" + id, "");
        }
    }

    /** Puts a dead letter back into the queue, after the cause (an unreachable partner, say) was fixed. */
    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public void retryDeadLetter(MessageId id) {
        if (!deliveries.requeue(id, Instant.now(clock))) {
            throw new Conflict("exchange.refusal.notDeadLetter", "message " + id + " is not a dead letter, or its payload was purged");
        }
        audit.record(AuditAction.MESSAGE_REQUEUED, "message:" + id, "");
        worker.wake();
    }

    /** Searches the message log the officer may see, newest first; at most {@code size} + 1 rows (to page). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Message> search(MessageSearch search) {
        return log.search(new MessageLog.LogQuery(Reach.current(), search.outgoing(), search.status(), search.text(),
                Math.max(0, search.page()), Math.clamp(search.size(), 1, 200)));
    }

    /** Incoming messages of the officer's agencies that nobody of the recipient agency has opened yet. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public long unread() {
        return activity.unread(Reach.current());
    }

    /** What waits in the inbox of the officer's agencies: unread messages, requests due today and overdue. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Inbox inbox() {
        var now = Instant.now(clock);
        var endOfToday = java.time.LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return activity.inbox(Reach.current(), now, endOfToday);
    }

    /** Each partner node's last contact, queue and last receipt, counting the officer's agencies' messages only. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<PartnerActivity> partnerActivity() {
        return activity.partners(Reach.current());
    }

    /** This calendar month's messages of the officer's agencies (in the node's zone), by partner and category. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Volume> volumesThisMonth() {
        var month = java.time.YearMonth.now(clock);
        return activity.volumes(Reach.current(), month.atDay(1).atStartOfDay(clock.getZone()).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /** Whether the caller acts for the agency that sent or received the message. */
    public static boolean visibleHere(Message message) {
        var reach = Reach.current();
        return reach.covers(message.sender()) || reach.covers(message.recipient());
    }

    /**
     * The keys pinned for trusted partner nodes and not revoked, so a module can check offline what those nodes
     * signed outside envelopes (border passes, revocation lists): the same pins as delivery, no second key store.
     */
    public List<PartnerKey> partnerKeys() {
        return partners.all().stream().filter(org.liaison.exchange.trust.Partners.Partner::trusted)
                .flatMap(p -> partners.keysOf(p.nodeId()).stream())
                .filter(k -> k.pinned() && k.revokedAt() == null)
                .map(k -> new PartnerKey(k.nodeId(), k.kid(), k.publicJwk())).toList();
    }
}
