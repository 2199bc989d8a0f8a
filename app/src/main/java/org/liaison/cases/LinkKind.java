package org.liaison.cases;

/** What two cases have in common. */
public enum LinkKind {
    SAME_PERSON, SAME_VEHICLE, SAME_SEIZURE_LOT
}
