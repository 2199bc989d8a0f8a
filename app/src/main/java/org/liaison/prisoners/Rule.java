package org.liaison.prisoners;

/** The conditions for a transfer (after the 1983 Convention on the Transfer of Sentenced Persons, art. 3). */
public enum Rule {
    /** The prisoner is a national of the receiving state. */
    NATIONALITY,
    /** The judgment is final. */
    FINAL_JUDGMENT,
    /** At least the agreement's minimum is left to serve. */
    REMAINING_TERM,
    /** No other proceedings are pending against the prisoner in the sentencing state. */
    NO_PENDING_PROCEEDINGS,
    /** The prisoner consented or volunteered. */
    CONSENT
}
