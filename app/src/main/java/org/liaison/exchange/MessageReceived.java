package org.liaison.exchange;

import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.payload.Payload;

/**
 * A partner's message was verified, allowed by this node's own policy and stored in the inbox (once). It carries
 * the verified payload, as the category's registered record, and the files, so a listener never reads the message
 * again; it is published inside the transaction that stores the message, so a listener's failure makes the
 * sender retry.
 */
public record MessageReceived(MessageId id, ConversationId conversation, MessageKind kind, DataCategory category,
                              AgencyId sender, AgencyId recipient, Payload payload, List<Attachment> attachments) {

    public MessageReceived {
        attachments = List.copyOf(attachments);
    }
}
