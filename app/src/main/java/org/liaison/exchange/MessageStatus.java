package org.liaison.exchange;

/**
 * Where a message stands. Outgoing: QUEUED until delivered with a verified signed receipt (DELIVERED),
 * refused by the receiver (REJECTED, with the reason) or given up after the retry limit (DEAD, retryable by an
 * administrator). Incoming: RECEIVED, READ once an officer opened it, ANSWERED once replied to.
 */
public enum MessageStatus {
    QUEUED, DELIVERED, REJECTED, DEAD, RECEIVED, READ, ANSWERED
}
