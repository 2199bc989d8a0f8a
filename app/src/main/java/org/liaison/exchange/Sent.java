package org.liaison.exchange;

import org.liaison.agreements.ClauseRef;

/** Queued in the caller's transaction: it leaves once that commits, under {@code clause}. */
public record Sent(MessageId id, ClauseRef clause) implements SendResult {
}
