package org.liaison.documents;

/**
 * The name field of a zone (ICAO 9303 part 3, 4.6): primary identifier, {@code <<}, secondary identifier, the
 * components of each separated by one filler. Fillers become single spaces.
 *
 * @param truncated whether the name reaches the field's last character, so the issuer may have cut it
 * @param lettersOnly whether the field holds only letters and fillers, as it must
 */
record MrzName(String surname, String given, boolean truncated, boolean lettersOnly) {

    static MrzName of(String zone, int from, int to) {
        var field = zone.substring(from, to);
        boolean letters = true;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            letters &= c == '<' || c >= 'A' && c <= 'Z';
        }
        int split = field.indexOf("<<");
        var surname = split < 0 ? field : field.substring(0, split);
        var given = split < 0 ? "" : field.substring(split + 2);
        return new MrzName(words(surname), words(given), field.charAt(field.length() - 1) != '<', letters);
    }

    /** The components of an identifier, single-spaced; runs of fillers (a damaged separator) count as one. */
    private static String words(String identifier) {
        var words = new StringBuilder(identifier.length());
        boolean space = false;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == '<') {
                space = words.length() > 0;
            } else {
                if (space) {
                    words.append(' ');
                    space = false;
                }
                words.append(c);
            }
        }
        return words.toString();
    }
}
