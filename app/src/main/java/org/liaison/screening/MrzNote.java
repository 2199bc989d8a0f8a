package org.liaison.screening;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Something the MRZ reader noticed and did not refuse, as a code with its arguments: a page says it in the
 * officer's language ({@code screening.mrz.<code>}), an API client reads the code and the English {@link #text()}.
 *
 * @param code what is wrong
 * @param field the field of the zone it concerns
 * @param value the characters of that field as read (a date as YYMMDD), for the officer to compare with the document
 */
public record MrzNote(Code code, Field field, String value) {

    /** What the reader noticed. */
    public enum Code {
        /** The field's check digit does not match its characters: a misread or a forged zone. */
        CHECK_DIGIT,
        /** The digits of a date name a day that does not exist. */
        NO_SUCH_DATE
    }

    /** The fields of the zone that carry a check digit or a date. */
    public enum Field {
        DOCUMENT_NUMBER, DATE_OF_BIRTH, EXPIRY_DATE, OPTIONAL_DATA, COMPOSITE
    }

    /** The note in English, for API clients and logs. */
    @JsonProperty("text")
    public String text() {
        var what = field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return switch (code) {
            case CHECK_DIGIT -> "the " + what + " check digit does not verify";
            case NO_SUCH_DATE -> "the " + what + " " + value + " does not exist";
        };
    }
}
