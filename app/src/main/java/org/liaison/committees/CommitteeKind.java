package org.liaison.committees;

/** What a joint committee is for. */
public enum CommitteeKind {
    BILATERAL_COOPERATION, BORDER, MINISTERIAL, PROSECUTORS, OTHER
}
