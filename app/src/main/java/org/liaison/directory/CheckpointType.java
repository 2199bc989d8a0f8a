package org.liaison.directory;

/** Who may cross: international checkpoints admit third-country nationals, national and local ones do not. */
public enum CheckpointType {
    INTERNATIONAL, NATIONAL, LOCAL
}
