package org.liaison.prisoners;

/** One step of one transfer case, as a decision names it. */
public record StepRef(TransferId transfer, int position) {
}
