package org.liaison.cases;

/** A closed case was reopened for investigation, with the reason. */
public record CaseReopened(CaseId id, String by, String reason) implements CaseEvent {
}
