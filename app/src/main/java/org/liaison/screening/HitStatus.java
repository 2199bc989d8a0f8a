package org.liaison.screening;

/** A possible match waits for an officer, who confirms it (it is the subject) or discards it (it is not). */
public enum HitStatus {
    POSSIBLE, CONFIRMED, DISCARDED
}
