package org.liaison.exchange;

/**
 * What {@link Exchange#send} answers (ADR 0013): {@link Sent}, or {@link Denied} with the reason, nothing written.
 * A refusal is a value, not an exception, so every caller handles it where it knows what to do instead.
 */
public sealed interface SendResult permits Sent, Denied {
}
