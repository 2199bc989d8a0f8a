package org.liaison.prisoners;

/** What the agency at a chain's waiting step answers. */
public enum StepDecision {
    APPROVE, REFUSE, ASK_FOR_DOCUMENTS, DOCUMENTS_SUPPLIED
}
