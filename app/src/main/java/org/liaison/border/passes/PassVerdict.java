package org.liaison.border.passes;

/**
 * The answer to "may this pass be honoured here, for this, today?", in the order a verifier checks: a pass that
 * does not verify is FORGED whatever it claims; one that verifies is REVOKED if the issuer's latest list names it,
 * then EXPIRED or NOT_YET_VALID, then WRONG_CHECKPOINT, then WRONG_PURPOSE. The browser's script answers the same.
 */
public enum PassVerdict {
    VALID, FORGED, REVOKED, EXPIRED, NOT_YET_VALID, WRONG_CHECKPOINT, WRONG_PURPOSE
}
