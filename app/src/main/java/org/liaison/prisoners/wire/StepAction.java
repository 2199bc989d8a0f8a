package org.liaison.prisoners.wire;

/** What a transfer step message does. */
public enum StepAction {
    /** The sending state asks the partner's agency at a step of the chain to decide. */
    REQUEST,
    /** The partner's agency answers the step it was asked: accept, refuse, or ask for documents. */
    DECISION,
    /** The prisoner withdrew consent: the sending state closes the case on both sides. */
    WITHDRAWN,
    /** The sending state proposes the hand-over: checkpoint, time, escorts. */
    HANDOVER_PROPOSED,
    /** The receiving state agrees to the proposed hand-over. */
    HANDOVER_AGREED,
    /** The sending state handed the prisoner over (officers, documents, property in the note). */
    HANDED_OVER,
    /** The receiving state took the prisoner: the transfer is done. */
    HANDOVER_RECEIVED
}
