package org.liaison.exchange;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.payload.Payload;
import org.liaison.shared.InvalidInput;

/**
 * What a module asks the exchange to send. {@code payload} is the record the category's registered
 * {@link org.liaison.exchange.payload.PayloadType} names; a reply names the message it answers and stays in its
 * conversation.
 *
 * @param sender the sending agency, one this node hosts (usually the officer's)
 * @param replyBy deadline for an answer, required for a request and only allowed there
 * @param conversation an existing conversation to continue (a reply continues its request's on its own)
 * @param forwardOf the received message whose content this passes on ({@link Exchange#forward})
 */
public record OutgoingMessage(AgencyId sender, AgencyId recipient, MessageKind kind, DataCategory category,
                              Purpose purpose, Payload payload, @Nullable Instant replyBy,
                              @Nullable MessageId inReplyTo, @Nullable ConversationId conversation,
                              List<Attachment> attachments, @Nullable MessageId forwardOf) {

    /** A message that starts a conversation, or answers {@code inReplyTo} in its conversation. */
    public OutgoingMessage(AgencyId sender, AgencyId recipient, MessageKind kind, DataCategory category, Purpose purpose,
                           Payload payload, @Nullable Instant replyBy, @Nullable MessageId inReplyTo,
                           List<Attachment> attachments) {
        this(sender, recipient, kind, category, purpose, payload, replyBy, inReplyTo, null, attachments, null);
    }

    /** The same message as the next one of an existing conversation. */
    public OutgoingMessage inConversation(ConversationId existing) {
        return new OutgoingMessage(sender, recipient, kind, category, purpose, payload, replyBy, inReplyTo, existing,
                attachments, forwardOf);
    }

    public static final int MAX_ATTACHMENTS = 5;

    public OutgoingMessage {
        if (sender == null || recipient == null || kind == null || category == null || purpose == null || payload == null) {
            throw new InvalidInput("exchange.refusal.incomplete", "sender, recipient, kind, category, purpose and payload are required");
        }
        if (kind == MessageKind.REQUEST && replyBy == null) {
            throw new InvalidInput("exchange.refusal.replyByMissing", "a request needs a reply-by date");
        }
        if (kind != MessageKind.REQUEST && replyBy != null) {
            throw new InvalidInput("exchange.refusal.replyByOnlyRequest", "only a request has a reply-by date");
        }
        if ((kind == MessageKind.REPLY) != (inReplyTo != null)) {
            throw new InvalidInput("exchange.refusal.replyNames", "a reply, and only a reply, names the message it answers");
        }
        if (inReplyTo != null && conversation != null) {
            throw new InvalidInput("exchange.refusal.replyConversation", "a reply continues the conversation of the message it answers");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new InvalidInput("exchange.refusal.tooManyFiles", "at most " + MAX_ATTACHMENTS + " attachments per message",
                    MAX_ATTACHMENTS);
        }
    }
}
