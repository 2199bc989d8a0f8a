package org.liaison.screening;

/**
 * An alert is screened against while active and within its validity; withdrawn alerts stay for the record. A
 * partner's alert is PURGED once its message's retention has passed (ADR 0011): its reference and issuer stay,
 * the person's particulars are erased. A partner never sends PURGED; the issuer's next update revives it.
 */
public enum AlertStatus {
    ACTIVE, WITHDRAWN, PURGED
}
