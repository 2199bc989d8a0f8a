package org.liaison.matching;

/**
 * Khmer letter values after the UNGEGN system (1972, as adopted by Cambodia's Ministry of Land Management and
 * the Geographic Department) with the French-based spellings that Cambodian passports and the government's
 * own English lists use: ឆ/ឈ "chh" (Chhum), ញ "nh" (Banh), ែ "e" (Sen, Manet), open a-series inherent vowel
 * "ar" (Sar Kheng), ៀ "ea" (Tea Banh), ុ "u" after the o-series (Hun).
 */
final class KhmerLetters {

    static final char COENG = '\u17D2';
    static final char MUUSIKATOAN = '\u17C9';
    static final char TRIISAP = '\u17CA';
    static final char TOANDAKHIAT = '\u17CD';

    private KhmerLetters() {
    }

    static boolean isConsonant(char c) {
        return c >= '\u1780' && c <= '\u17A2';
    }

    static boolean isDependentVowel(char c) {
        return c >= '\u17B6' && c <= '\u17C8' && c != '\u17C7';
    }

    /** The second (o) series: voiced in Old Khmer, they change how every following vowel is read. */
    static boolean isOSeries(char c) {
        return "គឃងជឈញឌឍទធនពភមយរលវ".indexOf(c) >= 0;
    }

    static String[] initial(char c) {
        return switch (c) {
            case 'ក' -> new String[] {"k"};
            case 'ខ', 'ឃ' -> new String[] {"kh", "k"};
            case 'គ' -> new String[] {"k", "g"};
            case 'ង' -> new String[] {"ng"};
            case 'ច' -> new String[] {"ch"};
            case 'ឆ', 'ឈ' -> new String[] {"chh", "ch"};
            case 'ជ' -> new String[] {"ch", "j"};
            case 'ញ' -> new String[] {"nh", "gn", "ny"};
            case 'ដ', 'ឌ' -> new String[] {"d"};
            case 'ឋ', 'ឍ', 'ថ', 'ធ' -> new String[] {"th", "t"};
            case 'ណ', 'ន' -> new String[] {"n"};
            case 'ត', 'ទ' -> new String[] {"t", "d"};
            case 'ប' -> new String[] {"b", "p"};
            case 'ផ', 'ភ' -> new String[] {"ph", "p"};
            case 'ព' -> new String[] {"p", "ph", "b"};
            case 'ម' -> new String[] {"m"};
            case 'យ' -> new String[] {"y"};
            case 'រ' -> new String[] {"r"};
            case 'ល', 'ឡ' -> new String[] {"l"};
            case 'វ' -> new String[] {"v", "w"};
            case 'ឝ', 'ឞ', 'ស' -> new String[] {"s"};
            case 'ហ' -> new String[] {"h"};
            default -> new String[] {""};
        };
    }

    static String[] finalOf(char c) {
        return switch (c) {
            case 'ក', 'គ' -> new String[] {"k"};
            case 'ខ', 'ឃ' -> new String[] {"k", "kh"};
            case 'ង' -> new String[] {"ng"};
            case 'ច', 'ជ' -> new String[] {"ch", "t"};
            case 'ញ' -> new String[] {"nh", "n"};
            case 'ដ', 'ឌ', 'ត', 'ទ' -> new String[] {"t", "d", "th"};
            case 'ឋ', 'ឍ', 'ថ', 'ធ' -> new String[] {"th", "t"};
            case 'ណ', 'ន' -> new String[] {"n", "nn"};
            case 'ប', 'ព', 'ភ', 'ផ' -> new String[] {"p", "b"};
            case 'ម' -> new String[] {"m"};
            case 'យ' -> new String[] {"y", "i"};
            case 'រ' -> new String[] {"r", ""};
            case 'ល', 'ឡ' -> new String[] {"l"};
            case 'វ' -> new String[] {"v", "w", "o"};
            case 'ស' -> new String[] {"s", "h"};
            case 'ហ' -> new String[] {"h", ""};
            default -> new String[] {""};
        };
    }

    /** Independent vowels stand for a whole syllable (ឧ in ឧកញ៉ា, ឯ in ឯកឧត្តម). */
    static String[] independent(char c) {
        return switch (c) {
            case 'ឥ', 'ឦ' -> new String[] {"e", "ei", "i"};
            case 'ឧ', 'ឩ' -> new String[] {"o", "u", "ou"};
            case 'ឪ' -> new String[] {"ov", "au"};
            case 'ឫ', 'ឬ' -> new String[] {"rue", "reu", "ru"};
            case 'ឭ', 'ឮ' -> new String[] {"lue", "leu"};
            case 'ឯ' -> new String[] {"ae", "e"};
            case 'ឰ' -> new String[] {"ai"};
            case 'ឱ', 'ឲ' -> new String[] {"ao", "o", "ou"};
            case 'ឳ' -> new String[] {"au", "ov"};
            default -> new String[] {"a"};
        };
    }
}
