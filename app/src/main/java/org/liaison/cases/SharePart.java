package org.liaison.cases;

/** The parts of a case an officer may choose to share; the type, number and title always go. */
public enum SharePart {
    SUMMARY, PLACE, PERSONS, VEHICLES, SEIZURES, EVIDENCE
}
