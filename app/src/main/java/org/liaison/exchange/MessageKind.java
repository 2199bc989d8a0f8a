package org.liaison.exchange;

/** What the sender expects: nothing (notification, alert), a reply by a deadline (request), or it answers one. */
public enum MessageKind {
    NOTIFICATION, REQUEST, REPLY, ALERT
}
