package org.liaison.cases;

/** A case was opened for its lead agency. */
public record CaseOpened(CaseId id, String by, CaseType type, String leadAgency) implements CaseEvent {
}
