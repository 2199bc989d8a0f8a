package org.liaison.agreements;

/**
 * Why the policy refused a flow, ordered from the least to the most specific: a denial names the reason of
 * the clause that came closest to allowing it.
 */
public enum DenyReason {
    /** No clause of any agreement connects the two agencies in either direction. */
    NO_AGREEMENT,
    /** Clauses connect the agencies, but only from the recipient to the sender. */
    DIRECTION_NOT_COVERED,
    /** A clause connects them in this direction but does not list the category. */
    CATEGORY_NOT_COVERED,
    /** A clause covers the category in this direction but not the purpose. */
    PURPOSE_NOT_COVERED,
    /** The covering agreement is a draft or merely signed: it has not entered into force. */
    NOT_IN_FORCE,
    /** The covering agreement's validity starts after the time asked about. */
    NOT_YET_VALID,
    /** The covering agreement expired, was terminated or was renewed before the time asked about. */
    EXPIRED
}
