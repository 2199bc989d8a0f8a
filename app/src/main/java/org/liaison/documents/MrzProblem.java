package org.liaison.documents;

/**
 * Something wrong in a zone that was still read: the officer compares the field with the document and decides.
 *
 * @param kind what is wrong
 * @param field where
 * @param value the characters of that field as read (a date as YYMMDD)
 */
public record MrzProblem(Kind kind, Field field, String value) {

    /** What the reader noticed. */
    public enum Kind {
        /** The field's check digit does not match its characters: a misread or a forged zone. */
        CHECK_DIGIT,
        /** The digits of a date name no day that exists. */
        NO_SUCH_DATE,
        /** A state or organisation code that neither ISO 3166 nor ICAO's special codes know. */
        UNKNOWN_CODE,
        /** Characters the field may not hold, e.g. digits in a name or a sex other than F, M, X or {@code <}. */
        INVALID_CHARACTERS
    }

    /** The fields of a zone. */
    public enum Field {
        DOCUMENT_NUMBER, DATE_OF_BIRTH, EXPIRY_DATE, OPTIONAL_DATA, COMPOSITE, ISSUING_STATE, NATIONALITY, SEX, NAME
    }

    /** The problem in English, for API clients and logs. */
    public String text() {
        var what = field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return switch (kind) {
            case CHECK_DIGIT -> "the " + what + " check digit does not verify";
            case NO_SUCH_DATE -> "the " + what + " " + value + " does not exist";
            case UNKNOWN_CODE -> "the " + what + " code " + value + " is unknown";
            case INVALID_CHARACTERS -> "the " + what + " holds characters it may not: " + value;
        };
    }
}
