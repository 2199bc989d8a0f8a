package org.liaison.audit;

/** One successful change to record with {@link AuditTrail#recordAll}: what was done, to what, and how. */
public record AuditRecord(AuditAction action, String subject, String details) {
}
