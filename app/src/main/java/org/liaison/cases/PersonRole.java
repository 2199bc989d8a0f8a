package org.liaison.cases;

/** How a person is linked to a case. */
public enum PersonRole {
    SUSPECT, VICTIM, WITNESS
}
