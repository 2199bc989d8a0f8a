package org.liaison.matching;

/**
 * Dependent vowels, read by the series of the syllable's consonant: the same sign ា is "a" after ក (a-series)
 * and "ea" after គ (o-series, Chea Sim). Values after UNGEGN 1972, alternatives as written in passports.
 */
final class KhmerVowels {

    private KhmerVowels() {
    }

    /** {@code vowel} is the run of dependent signs after the consonant, empty for the inherent vowel. */
    static String[] of(String vowel, boolean oSeries, boolean closed) {
        return switch (vowel) {
            case "" -> inherent(oSeries, closed);
            case "ា" -> oSeries ? new String[] {"ea", "ie", "a"} : new String[] {"a", "ar"};
            case "ិ" -> oSeries ? new String[] {"i", "e"} : new String[] {"e", "i"};
            case "ី" -> oSeries ? new String[] {"i", "y", "ey"} : new String[] {"ei", "i", "y", "ey"};
            case "ឹ" -> new String[] {"eu", "e", "i", "oe"};
            case "ឺ" -> new String[] {"eu", "oe", "ue"};
            case "ុ" -> oSeries ? new String[] {"u", "o"} : new String[] {"o", "u"};
            case "ូ" -> oSeries ? new String[] {"u", "ou", "o"} : new String[] {"ou", "o", "u"};
            case "ួ" -> new String[] {"uo", "ou", "uor"};
            case "ើ" -> oSeries ? new String[] {"eu", "oeu", "ae"} : new String[] {"aeu", "eu", "oeu"};
            case "ឿ" -> new String[] {"oea", "eua", "ua"};
            case "ៀ" -> new String[] {"ie", "ea", "ia"};
            case "េ" -> oSeries ? new String[] {"e", "ei"} : new String[] {"e", "ay", "ei"};
            case "ែ" -> oSeries ? new String[] {"e", "ae"} : new String[] {"ae", "e", "ai"};
            case "ៃ" -> oSeries ? new String[] {"ey", "ei", "ai"} : new String[] {"ai", "ay", "ey"};
            case "ោ" -> oSeries ? new String[] {"o", "ou"} : new String[] {"ao", "o"};
            case "ៅ" -> oSeries ? new String[] {"ov", "ou", "eou"} : new String[] {"au", "ao", "ov"};
            case "ុំ" -> oSeries ? new String[] {"um", "om"} : new String[] {"om", "um"};
            case "ំ" -> oSeries ? new String[] {"um", "om", "am"} : new String[] {"am", "om", "um"};
            case "ាំ" -> oSeries ? new String[] {"eam", "oam", "am"} : new String[] {"am", "oam"};
            case "ៈ" -> oSeries ? new String[] {"ea", "a"} : new String[] {"a", "ak"};
            default -> fallback(vowel, oSeries, closed);
        };
    }

    private static String[] inherent(boolean oSeries, boolean closed) {
        if (closed) {
            return oSeries ? new String[] {"o", "ea", "u", "a"} : new String[] {"a", "o"};
        }
        return oSeries ? new String[] {"o", "or", "ea", "a"} : new String[] {"a", "ar", "or"};
    }

    /** Unusual sequences (two vowel signs, a stray sign): read the first sign, or nothing if unknown. */
    private static String[] fallback(String vowel, boolean oSeries, boolean closed) {
        if (vowel.length() > 1) {
            return of(vowel.substring(0, 1), oSeries, closed);
        }
        return new String[] {""};
    }
}
