package org.liaison.agreements;

/** How the parties met to sign (or to hold a meeting). */
public enum MeetingForm {
    IN_PERSON, VIRTUAL
}
