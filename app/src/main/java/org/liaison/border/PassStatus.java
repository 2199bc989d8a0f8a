package org.liaison.border;

/** Where a border pass stands: applied for, approved (signed, printable), refused, or revoked after approval. */
public enum PassStatus {
    APPLIED, APPROVED, REFUSED, REVOKED
}
