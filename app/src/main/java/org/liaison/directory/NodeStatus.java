package org.liaison.directory;

/** Whether partner nodes accept messages from a node. */
public enum NodeStatus {
    ACTIVE, SUSPENDED
}
