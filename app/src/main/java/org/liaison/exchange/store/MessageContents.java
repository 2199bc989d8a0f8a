package org.liaison.exchange.store;

import java.util.List;

import org.liaison.exchange.Attachment;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageReceived;
import org.liaison.exchange.payload.Payload;
import org.liaison.exchange.schema.PayloadTypes;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.shared.Conflict;
import org.springframework.stereotype.Component;

/**
 * What a stored message says, for this module's own pages, API and forwarding: its payload read back from the
 * signed envelope into its record, and its files. Other modules never read a message again: they get the
 * verified payload in {@link MessageReceived} (ADR 0013).
 */
@Component
public class MessageContents {

    private final ExchangeMessages messages;
    private final Attachments attachments;
    private final PayloadTypes payloads;
    private final Envelopes envelopes;

    MessageContents(ExchangeMessages messages, Attachments attachments, PayloadTypes payloads, Envelopes envelopes) {
        this.envelopes = envelopes;
        this.messages = messages;
        this.attachments = attachments;
        this.payloads = payloads;
    }

    /** The payload of a message the caller already may see; {@link Conflict} once it is purged. */
    public Payload payload(Message message) {
        var envelope = messages.stored(message.id()).map(ExchangeMessages.Stored::envelope).orElse(null);
        if (envelope == null) {
            throw new Conflict("exchange.refusal.payloadPurged", "the payload of message " + message.id() + " was purged on "
                    + message.retention().purgedAt() + " under " + message.retention().clause());
        }
        var claims = envelopes.claimsOf(envelope);
        return payloads.read(message.category(), claims.schema(), claims.payload());
    }

    /** The fields of the payload as text, for showing them. */
    public java.util.Map<String, Object> fields(Message message) {
        return payloads.fields(payload(message));
    }

    /** The files of a message the caller already may see; none once it is purged. */
    public List<Attachment> files(Message message) {
        return message.retention().purged() ? List.of() : attachments.of(message.id());
    }
}
