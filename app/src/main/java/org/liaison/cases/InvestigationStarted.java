package org.liaison.cases;

/** A reported case is now under investigation. */
public record InvestigationStarted(CaseId id, String by) implements CaseEvent {
}
