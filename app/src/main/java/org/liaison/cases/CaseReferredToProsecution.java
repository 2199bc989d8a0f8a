package org.liaison.cases;

/** The investigation is done and the case went to the prosecutors. */
public record CaseReferredToProsecution(CaseId id, String by) implements CaseEvent {
}
