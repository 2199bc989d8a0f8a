package org.liaison.matching;

/** What a name belongs to: scored differently (organisations drop legal forms and weigh generic words little). */
public enum EntityKind {
    PERSON,
    /** A company, association, vessel or any other named body. */
    ORGANISATION
}
