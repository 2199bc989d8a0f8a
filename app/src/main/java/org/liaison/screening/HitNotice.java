package org.liaison.screening;

/**
 * Where the issuing agency's knowledge of a confirmed hit stands: nothing to send yet, told on this node
 * (its own alert), sent through the exchange, refused by the agreements, or answered by the issuing agency.
 */
public enum HitNotice {
    NONE, LOCAL, SENT, NOT_ALLOWED, ANSWERED
}
