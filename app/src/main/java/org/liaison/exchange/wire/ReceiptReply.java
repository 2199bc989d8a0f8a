package org.liaison.exchange.wire;

/** The answer to a single delivery: the signed receipt; {@code duplicate} when the message had arrived before. */
public record ReceiptReply(String receipt, boolean duplicate) {
}
