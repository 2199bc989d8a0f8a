package org.liaison.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;

/**
 * One entry of the message log, outgoing ({@code outgoing} true) or incoming, as pages and other modules
 * see it. The signed envelope and receipt stay inside the exchange. Once its {@link Retention} is purged,
 * {@code subject} is empty and the payload gone; the rest stays.
 */
public record Message(MessageId id, boolean outgoing, ConversationId conversation, @Nullable MessageId inReplyTo,
                      MessageKind kind, DataCategory category, Purpose purpose, String senderNode, AgencyId sender,
                      String recipientNode, AgencyId recipient, String subject, String clause, String handling,
                      Instant sentAt, @Nullable Instant replyBy, MessageStatus status, int attempts,
                      @Nullable String lastError, @Nullable Instant deliveredAt, @Nullable Instant readAt,
                      @Nullable Instant answeredAt, boolean receiptVerified, Retention retention) {

    /** The agency on this node's side: the sender of an outgoing message, the recipient of an incoming one. */
    public AgencyId ownAgency() {
        return outgoing ? sender : recipient;
    }

    /** A request whose reply-by has passed without an answer. */
    public boolean overdueAt(Instant now) {
        return kind == MessageKind.REQUEST && replyBy != null && answeredAt == null && now.isAfter(replyBy);
    }
}
