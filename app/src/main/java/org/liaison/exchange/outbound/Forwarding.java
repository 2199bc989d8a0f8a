package org.liaison.exchange.outbound;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.store.MessageContents;
import org.springframework.stereotype.Component;

/**
 * What passing a received message on means (ADR 0013): the same content, sent anew by this node's receiving
 * agency, so every check of a send applies to the new recipient. Whatever its sender marked for the recipient
 * agency alone (TLP:RED, TLP:AMBER+STRICT) stays there; a purged message has nothing left to pass on.
 */
@Component
public class Forwarding {

    /** The handling codes that keep data within the agency it was sent to (TLP 2.0). */
    static final Set<HandlingCode> STAYS_WITH_RECIPIENT = Set.of(HandlingCode.RED, HandlingCode.AMBER_STRICT);

    private final MessageContents contents;

    Forwarding(MessageContents contents) {
        this.contents = contents;
    }

    /** Why this message cannot be passed on at all, whatever the recipient; null if it may be, policy permitting. */
    public @Nullable Denied refusal(Message message) {
        if (message.outgoing()) {
            return new Denied(Denied.Why.NOT_YOUR_AGENCY, "only a message this node received can be forwarded; send "
                    + "a new one instead", null, null);
        }
        if (message.retention().purged()) {
            return new Denied(Denied.Why.PURGED, "message " + message.id() + " was purged under "
                    + message.retention().clause() + "; nothing is left to forward", null, null);
        }
        if (STAYS_WITH_RECIPIENT.stream().anyMatch(code -> code.name().equals(message.handling()))) {
            return new Denied(Denied.Why.HANDLING, message.sender() + " marked it TLP:" + message.handling().replace('_', '+')
                    + ": it stays with " + message.recipient(), null, null);
        }
        return null;
    }

    /** The new message that carries the content on. */
    public OutgoingMessage of(Message message, AgencyId to, Purpose purpose) {
        return new OutgoingMessage(message.recipient(), to, MessageKind.NOTIFICATION, message.category(), purpose,
                contents.payload(message), null, null, null, contents.files(message), message.id());
    }
}
