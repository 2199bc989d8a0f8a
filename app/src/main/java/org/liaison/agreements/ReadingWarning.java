package org.liaison.agreements;

/**
 * Something the press-release reader could not be sure of, as a code with its arguments so that the page says
 * it in the officer's language.
 *
 * @param code what is uncertain
 * @param text the words of the release it concerns, or empty
 * @param reading how the reader took them (a year), or empty
 */
public record ReadingWarning(Code code, String text, String reading) {

    public enum Code {
        /** No publication date typed or printed: dates written without their year cannot be placed. */
        NO_PUBLICATION_DATE,
        /** A date written without its year, read as the year given. */
        YEAR_GUESSED,
        /** A date written without its year in a release whose publication date is unknown: left unread. */
        YEAR_UNKNOWN,
        /** No publication date was typed; the one the release prints was used (the reading). */
        PUBLICATION_DATE_FROM_TEXT
    }
}
