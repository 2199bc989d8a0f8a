package org.liaison.prisoners.wire;

/** What a transfer step message does. */
public enum StepAction {
    /** The sending state asks the partner's agency at a step of the chain to decide. */
    REQUEST,
    /** The partner's agency answers the step it was asked: accept, refuse, or ask for documents. */
    DECISION,
    /** The prisoner withdrew consent: the sending state closes the case on both sides. */
    WITHDRAWN
}
