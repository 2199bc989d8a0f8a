package org.liaison.prisoners;

/** A prisoner a plan may take, with their eligibility under the plan's agreement today (no health data). */
public record Candidate(Prisoner prisoner, Eligibility eligibility) {
}
