package org.liaison.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.agreements.DataCategory;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Actor;
import org.liaison.shared.Conflict;
import org.liaison.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    private final Attachments attachments;
    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final AuditTrail audit;
    private final Bundles bundles;
    private final NoticeOutbox notices;
    private final LegalHolds holds;
    private final JsonMapper json;
    private final Clock clock;

    Exchange(Outbox outbox, Partners partners, ExchangeMessages messages, MessageLog log, Attachments attachments,
             Deliveries deliveries, DeliveryWorker worker, AuditTrail audit, Bundles bundles, NoticeOutbox notices,
             LegalHolds holds, JsonMapper json, Clock clock) {
        this.notices = notices;
        this.holds = holds;
        this.bundles = bundles;
        this.outbox = outbox;
        this.partners = partners;
        this.messages = messages;
        this.log = log;
        this.attachments = attachments;
        this.deliveries = deliveries;
        this.worker = worker;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Checks the policy, signs the message and queues it in the caller's transaction: it leaves once that
     * commits. Denied by the agreements: {@link org.liaison.shared.Forbidden} with the reason, nothing queued.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MessageId send(OutgoingMessage message) {
        return outbox.queue(message);
    }

    /** Whether a trusted partner node serves the agency's country, i.e. {@link #send} has somewhere to deliver. */
    public boolean reaches(AgencyId recipient) {
        return partners.ofCountry(recipient.country()).isPresent();
    }

    /** The payload fields a category's current schema allows ({@code subject} and {@code body} are required). */
    public Set<String> schemaOf(DataCategory category) {
        return PayloadSchemas.fieldsOf(category);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Message message(MessageId id) {
        return messages.find(id).filter(Exchange::visible).orElseThrow(() -> new NotFound("message", id));
    }

    /** The signed payload of a message the officer may see; {@link Conflict} once it is purged. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public JsonNode payloadOf(MessageId id) {
        var message = message(id);
        var envelope = messages.stored(id).map(ExchangeMessages.Stored::envelope).orElse(null);
        if (envelope == null) {
            throw new Conflict("the payload of message " + id + " was purged on " + message.retention().purgedAt()
                    + " under " + message.retention().clause());
        }
        return json.readTree(signedClaims(envelope)).path("payload");
    }

    /** The files of a message the officer may see; none once it is purged. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Attachment> attachmentsOf(MessageId id) {
        return message(id).retention().purged() ? List.of() : attachments.of(id);
    }

    /**
     * How long this node keeps each of these messages and where that stands, without their content: for modules
     * that keep what a message brought or took (a partner's alert, a hit report) and show its retention.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<MessageId, Retention> retentionOf(Collection<MessageId> ids) {
        return ids.isEmpty() ? Map.of() : messages.retentions(ids);
    }

    /**
     * Keeps a message past its retention until released (a new reason replaces the old one). Only a prosecutor
     * of the message's own agency, or of one above it: others get {@link NotFound} or
     * {@link org.liaison.shared.Forbidden}, audited.
     */
    @Transactional
    @PreAuthorize("hasRole('PROSECUTOR')")
    public Message placeHold(MessageId id, String reason) {
        return holds.place(id, reason);
    }

    /** Lifts a legal hold, so the next purge after the message's date erases it; the same prosecutors only. */
    @Transactional
    @PreAuthorize("hasRole('PROSECUTOR')")
    public Message releaseHold(MessageId id) {
        return holds.release(id);
    }

    /** Whether the current officer may place or release a legal hold on the message. */
    public boolean mayHold(Message message) {
        return LegalHolds.mayHold(message);
    }

    /** The messages of a conversation the officer may see, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Message> conversation(ConversationId id) {
        return messages.conversation(id).stream().filter(Exchange::visible).toList();
    }

    /** A self-contained bundle (envelope, signed receipt, public keys) that verifies offline. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
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
    @PreAuthorize("isAuthenticated()")
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
    @PreAuthorize("hasRole('ADMIN')")
    public void retryDeadLetter(MessageId id) {
        if (!deliveries.requeue(id, Instant.now(clock))) {
            throw new Conflict("message " + id + " is not a dead letter, or its payload was purged");
        }
        audit.record(AuditAction.MESSAGE_REQUEUED, "message:" + id, "");
        worker.wake();
    }

    /** Searches the message log the officer may see, newest first; at most {@code size} + 1 rows (to page). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Message> search(MessageSearch search) {
        var agency = isAdmin() ? null : Actor.current().map(Actor::agencyId).orElse("-");
        return log.search(new MessageLog.LogQuery(agency, search.outgoing(), search.status(), search.text(),
                Math.max(0, search.page()), Math.clamp(search.size(), 1, 200)));
    }

    private static byte[] signedClaims(String compact) {
        try {
            return com.nimbusds.jose.JWSObject.parse(compact).getPayload().toBytes();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("a stored envelope is not a JWS", e);
        }
    }

    static boolean visible(Message message) {
        if (isAdmin()) {
            return true;
        }
        var agency = Actor.current().map(Actor::agencyId).orElse(null);
        return agency != null && (within(message.sender().value(), agency) || within(message.recipient().value(), agency));
    }

    /** Whether {@code agency} is the officer's agency or one below it. */
    static boolean within(String agency, String officersAgency) {
        return (agency + "/").startsWith(officersAgency + "/");
    }

    static boolean isAdmin() {
        return hasRole("ROLE_ADMIN");
    }

    static boolean hasRole(String authority) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
