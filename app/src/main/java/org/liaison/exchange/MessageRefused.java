package org.liaison.exchange;

/** A message will not arrive: the receiver rejected it ({@code dead} false) or delivery gave up (true). */
public record MessageRefused(MessageId id, ConversationId conversation, String reason, boolean dead) {
}
