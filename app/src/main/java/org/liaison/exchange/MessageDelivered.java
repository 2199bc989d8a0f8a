package org.liaison.exchange;

/** A partner accepted one of this node's messages and its signed receipt verified. */
public record MessageDelivered(MessageId id, ConversationId conversation) {
}
