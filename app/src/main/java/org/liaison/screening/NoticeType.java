package org.liaison.screening;

/** What the issuing agency asks of whoever finds the subject (after the Interpol notice colours). */
public enum NoticeType {
    /** Arrest with a view to extradition or surrender (red). */
    WANTED_FOR_ARREST,
    /** Locate, and inform the issuing agency (yellow). */
    MISSING_PERSON,
    /** Collect information on identity, location or activities (blue). */
    PERSON_OF_INTEREST,
    /** Danger to officers or the public (orange). */
    WARNING,
    /** Seize the stolen, lost or invalidated document. */
    STOLEN_DOCUMENT
}
