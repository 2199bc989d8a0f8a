package org.liaison.border;

/** Whether the holder came into the country of the recording officer or left it. */
public enum Direction {
    ENTRY, EXIT
}
