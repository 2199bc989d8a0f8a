package org.liaison.matching;

/** The writing system of a token, which decides how it is romanized. */
enum Script {
    LATIN, KHMER, LAO, THAI, OTHER;

    static Script of(int codePoint) {
        if (codePoint >= 0x1780 && codePoint <= 0x17FF || codePoint >= 0x19E0 && codePoint <= 0x19FF) {
            return KHMER;
        }
        if (codePoint >= 0x0E80 && codePoint <= 0x0EFF) {
            return LAO;
        }
        if (codePoint >= 0x0E00 && codePoint <= 0x0E7F) {
            return THAI;
        }
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN || codePoint < 0x80) {
            return LATIN;
        }
        return OTHER;
    }

    MatchKind romanizedKind() {
        return switch (this) {
            case KHMER -> MatchKind.ROMANIZED_FROM_KHMER;
            case LAO -> MatchKind.ROMANIZED_FROM_LAO;
            case THAI -> MatchKind.ROMANIZED_FROM_THAI;
            case OTHER -> MatchKind.TRANSLITERATED;
            default -> MatchKind.EXACT;
        };
    }
}
