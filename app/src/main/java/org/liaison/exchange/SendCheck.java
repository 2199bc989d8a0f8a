package org.liaison.exchange;

/**
 * What {@link Exchange#check} answers without sending: {@link Allowed}, or {@link Denied} exactly as
 * {@link Exchange#send} would be at this moment (a page greys out its button with the reason).
 */
public sealed interface SendCheck permits Allowed, Denied {
}
