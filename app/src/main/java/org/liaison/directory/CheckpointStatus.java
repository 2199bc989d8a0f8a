package org.liaison.directory;

/** Whether a crossing currently operates. */
public enum CheckpointStatus {
    OPEN, RESTRICTED, CLOSED
}
