package org.liaison.documents;

/** The five layouts of ICAO Doc 9303: lines × characters and the document codes each may carry. */
public enum MrzFormat {
    /** Identity cards, 3 lines of 30 (part 5); document code A, C or I. */
    TD1(3, 30),
    /** Official travel documents, 2 lines of 36 (part 6); document code A, C or I. */
    TD2(2, 36),
    /** Passports, 2 lines of 44 (part 4); document code P. */
    TD3(2, 44),
    /** Visas of the passport's size, 2 lines of 44 (part 7); document code V. */
    MRV_A(2, 44),
    /** Smaller visas, 2 lines of 36 (part 7); document code V. */
    MRV_B(2, 36);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    public int lines() {
        return lines;
    }

    public int length() {
        return length;
    }

    /** Whether the zone carries a composite check digit over its other checked fields (visas do not). */
    public boolean hasComposite() {
        return this == TD1 || this == TD2 || this == TD3;
    }
}
