package org.liaison.exchange.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.LegalHold;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.liaison.shared.Conflict;
import org.liaison.shared.Forbidden;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Legal holds (ADR 0011): a prosecutor of the agency that holds a message on this node (or of one above it)
 * keeps it past its retention, and lifts that again. Everyone else is refused, and the refusal is audited:
 * 404 when the officer may not even see the message, 403 when they see it but it is not their agency's.
 */
@Component
public class LegalHolds {

    private final ExchangeMessages messages;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(ExchangeMessages messages, AuditTrail audit, Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public Message place(MessageId id, String reason) {
        var previous = ownMessage(id, AuditAction.LEGAL_HOLD_PLACED).retention();
        var text = LegalHold.reasonOf(reason);
        var reach = Reach.current();
        var agency = reach.agency().orElseThrow(() -> new Forbidden("exchange.refusal.holdWho", "only a prosecutor places a legal hold"));
        var hold = new LegalHold(text, reach.actor(), agency.value(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        if (!messages.hold(id, hold)) {
            throw new Conflict("exchange.refusal.holdPurged",
                    "message " + id + " was purged on " + previous.purgedAt() + "; nothing is left to hold");
        }
        var replaced = previous.hold();
        audit.record(AuditAction.LEGAL_HOLD_PLACED, "message:" + id, "reason=" + text
                + (replaced == null ? "" : " (replaces the hold placed by " + replaced.by() + " on " + replaced.since() + ")"));
        return messages.find(id).orElseThrow();
    }

    public Message release(MessageId id) {
        var hold = ownMessage(id, AuditAction.LEGAL_HOLD_RELEASED).retention().hold();
        if (hold == null || !messages.release(id)) {
            throw new Conflict("exchange.refusal.notHeld", "message " + id + " is not on legal hold");
        }
        audit.record(AuditAction.LEGAL_HOLD_RELEASED, "message:" + id, "held since " + hold.since() + " by " + hold.by()
                + ": " + hold.reason());
        return messages.find(id).orElseThrow();
    }

    /** Whether the current officer is a prosecutor of the message's own agency or of one above it. */
    public static boolean mayHold(Message message) {
        var reach = Reach.current();
        return reach.has(Role.PROSECUTOR) && reach.agency().map(own -> message.ownAgency().isWithin(own)).orElse(false);
    }

    private Message ownMessage(MessageId id, AuditAction action) {
        var message = messages.find(id).filter(Exchange::visibleHere);
        if (message.isEmpty()) {
            audit.recordRejection(action, "message:" + id, Outcome.DENIED, "no such message for this officer's agency");
            throw new NotFound("message", id);
        }
        if (!mayHold(message.get())) {
            audit.recordRejection(action, "message:" + id, Outcome.DENIED, "only a prosecutor of "
                    + message.get().ownAgency() + " or an agency above it may");
            throw new Forbidden("exchange.refusal.holdAgency", "only a prosecutor of " + message.get().ownAgency()
                    + " or an agency above it may hold or release this message", message.get().ownAgency().value());
        }
        return message.get();
    }
}
