package org.liaison.screening;

/** An alert is screened against while active and within its validity; withdrawn alerts stay for the record. */
public enum AlertStatus {
    ACTIVE, WITHDRAWN
}
