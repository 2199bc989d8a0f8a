package org.liaison.exchange;

import org.liaison.agreements.DataCategory;
import org.liaison.directory.AgencyId;

/** A partner's message was verified, allowed by this node's own policy and stored in the inbox (once). */
public record MessageReceived(MessageId id, ConversationId conversation, MessageKind kind, DataCategory category,
                              AgencyId sender, AgencyId recipient) {
}
