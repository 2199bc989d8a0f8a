package org.liaison.audit;

/** How an audited action ended. */
public enum Outcome {
    SUCCEEDED, FAILED, DENIED
}
