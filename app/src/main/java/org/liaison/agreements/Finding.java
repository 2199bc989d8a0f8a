package org.liaison.agreements;

/**
 * A span of a press release the reader recognised: where it is, what kind of fact it is, and what it
 * means (a party id, an ISO date, a place name, a person's name, an area).
 */
public record Finding(Kind kind, int start, int end, String text, String value) {

    public enum Kind { PARTY, PERSON, DATE, PLACE, INSTRUMENT, AREA, FORM }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** The CSS class the page marks it with. */
    public String cssClass() {
        return kind.name().toLowerCase();
    }
}
