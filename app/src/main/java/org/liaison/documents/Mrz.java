package org.liaison.documents;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads the machine-readable zone of a travel document as pasted from a reader or typed: any text gives a
 * {@link MrzReading}, never an exception. Blanks, blank lines and lower case are forgiven (readers and pastes add
 * them), and a zone pasted as one line of 72, 88 or 90 characters is cut into its lines. Failed check digits are
 * reported rather than refused, since an officer may still want to screen or record the holder.
 */
public final class Mrz {

    /** The longest text read: a 90-character zone with generous blanks. */
    public static final int MAX_LENGTH = 200;

    private Mrz() {
    }

    /** Reads a zone; two-digit years are placed around today (births in the past, expiry within 50 years). */
    public static MrzReading read(String text) {
        return read(text, LocalDate.now(ZoneOffset.UTC).getYear());
    }

    /** Reads a zone, placing two-digit years around {@code thisYear}. */
    public static MrzReading read(String text, int thisYear) {
        if (text.length() > MAX_LENGTH) {
            return new MrzReading.Refused(MrzRefusal.TOO_LONG, String.valueOf(text.length()));
        }
        var chars = new char[text.length()];
        var ends = new int[text.length() + 1];
        int size = 0;
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (lines == 0 ? size > 0 : size > ends[lines - 1]) {
                    ends[lines++] = size;
                }
            } else if (c >= 'a' && c <= 'z') {
                chars[size++] = (char) (c - 32);
            } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<') {
                chars[size++] = c;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return new MrzReading.Refused(MrzRefusal.ALPHABET, Character.toString(text.codePointAt(i)));
            }
        }
        if (lines == 0 ? size > 0 : size > ends[lines - 1]) {
            ends[lines++] = size;
        }
        if (lines == 0) {
            return new MrzReading.Refused(MrzRefusal.EMPTY, "");
        }
        var zone = new String(chars, 0, size);
        if (lines == 1 && (size == 72 || size == 88 || size == 90)) {
            lines = size == 90 ? 3 : 2;
            for (int l = 0; l < lines; l++) {
                ends[l] = (l + 1) * size / lines;
            }
        }
        return shaped(zone, ends, lines, thisYear);
    }

    private static MrzReading shaped(String zone, int[] ends, int lines, int thisYear) {
        int length = ends[0];
        for (int l = 1; l < lines; l++) {
            if (ends[l] - ends[l - 1] != length) {
                length = -1;
            }
        }
        char code = zone.charAt(0);
        var format = lines == 3 && length == 30 ? (identity(code) ? MrzFormat.TD1 : null)
                : lines == 2 && length == 36 ? (code == 'V' ? MrzFormat.MRV_B : identity(code) ? MrzFormat.TD2 : null)
                : lines == 2 && length == 44 ? (code == 'V' ? MrzFormat.MRV_A : code == 'P' ? MrzFormat.TD3 : null)
                : null;
        if (format == null) {
            return length == 30 && lines == 3 || length == 36 && lines == 2 || length == 44 && lines == 2
                    ? new MrzReading.Refused(MrzRefusal.DOCUMENT_CODE, zone.substring(0, 2).replace("<", ""))
                    : new MrzReading.Refused(MrzRefusal.SHAPE, shape(ends, lines));
        }
        return new MrzReading.Read(new ZoneReader(zone, format, thisYear).read());
    }

    private static boolean identity(char code) {
        return code == 'A' || code == 'C' || code == 'I';
    }

    private static String shape(int[] ends, int lines) {
        var shape = new StringBuilder();
        for (int l = 0; l < lines; l++) {
            shape.append(l == 0 ? "" : "+").append(ends[l] - (l == 0 ? 0 : ends[l - 1]));
        }
        return shape.toString();
    }

    /** ICAO 9303 part 3, 4.9: digits as they are, A=10…Z=35, filler 0, weights 7 3 1 repeating, modulo 10. */
    public static int checkDigit(CharSequence value) {
        return CheckDigits.sum(value, 0, value.length(), 0) % 10;
    }
}
