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
        /** No dateline: a date without its year is placed in the last twelve months. */
        NO_PUBLICATION_DATE,
        /** A date written without its year, read as the year given. */
        YEAR_GUESSED
    }
}
