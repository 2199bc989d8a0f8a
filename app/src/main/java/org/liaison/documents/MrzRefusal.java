package org.liaison.documents;

/**
 * Why a text is no machine-readable zone at all. Pages translate the name ({@code <module>.mrz.refusal.<NAME>}
 * with the reading's detail as argument); API clients read the name and {@link #text(String)}.
 */
public enum MrzRefusal {
    /** Nothing but blanks. */
    EMPTY,
    /** Longer than any zone with generous blanks ({@link Mrz#MAX_LENGTH}); detail: the length. */
    TOO_LONG,
    /** A character other than A–Z, 0–9, {@code <} and blanks; detail: the character. */
    ALPHABET,
    /** Lines of lengths no format has; detail: the lengths, e.g. {@code 44+43}. */
    SHAPE,
    /** A document code that does not belong to the zone's format, e.g. a TD1 starting with P; detail: the code. */
    DOCUMENT_CODE;

    /** The reason in English, for API clients and logs. */
    public String text(String detail) {
        return switch (this) {
            case EMPTY -> "the text holds no MRZ";
            case TOO_LONG -> "an MRZ has at most 90 characters; this text has " + detail;
            case ALPHABET -> "an MRZ holds only letters, digits and '<'; this text holds '" + detail + "'";
            case SHAPE -> "an MRZ has 2 lines of 44 characters (passport, visa), 2 of 36 (travel document, visa) "
                    + "or 3 of 30 (identity card); this one has " + detail;
            case DOCUMENT_CODE -> "the document code " + detail + " does not fit the zone's format";
        };
    }
}
