package org.liaison.prisoners;

/** A transfer case with what its deciders need of the prisoner's record (never health data). */
public record TransferCase(Transfer transfer, Prisoner prisoner) {
}
