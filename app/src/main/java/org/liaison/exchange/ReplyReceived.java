package org.liaison.exchange;

import org.liaison.directory.AgencyId;

/** A partner answered one of this node's messages; published besides {@link MessageReceived}. */
public record ReplyReceived(MessageId reply, MessageId answers, ConversationId conversation, AgencyId from) {
}
