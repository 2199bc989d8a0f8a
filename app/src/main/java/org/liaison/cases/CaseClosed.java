package org.liaison.cases;

/** The case was closed, with the reason. */
public record CaseClosed(CaseId id, String by, String reason) implements CaseEvent {
}
