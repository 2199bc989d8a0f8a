package org.liaison.audit;

/**
 * The enumerated list of audited actions; {@code docs/audit-events.md} documents each one and a test keeps
 * the two in step. Names are past tense: they record what happened.
 */
public enum AuditAction {
    // identity
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    MFA_SUCCEEDED,
    MFA_FAILED,
    ACCOUNT_LOCKED,
    LOGGED_OUT,
    MFA_ENROLLED,
    RECOVERY_CODE_USED,
    USER_CREATED,
    USER_UPDATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_UNLOCKED,
    USER_MFA_RESET,
    PASSWORD_CHANGED,
    ACCESS_DENIED,
    // directory
    COUNTRY_CREATED,
    AGENCY_CREATED,
    AGENCY_UPDATED,
    CONTACT_POINT_CREATED,
    CONTACT_POINT_UPDATED,
    CONTACT_POINT_DELETED,
    NODE_REGISTERED,
    NODE_UPDATED,
    CHECKPOINT_CREATED,
    CHECKPOINT_UPDATED,
    // agreements
    AGREEMENT_REGISTERED,
    AGREEMENT_UPDATED,
    AGREEMENT_STATUS_CHANGED,
    AGREEMENT_SIGNATORY_ADDED,
    AGREEMENT_LINKED,
    AGREEMENT_TEXT_ATTACHED,
    SHARING_CLAUSE_ADDED,
    SHARING_CLAUSE_REMOVED,
    // audit
    AUDIT_CHECKPOINT_SIGNED,
    AUDIT_VERIFIED,
    // node
    DEMO_DATA_LOADED
}
