package org.liaison.screening;

/** What an alert is about: a person is matched by name, a document or vehicle by its number or plate. */
public enum AlertSubject {
    PERSON, DOCUMENT, VEHICLE
}
