package org.liaison.matching;

/**
 * Thai letter values. Initial and final values follow the Royal Institute's Royal Thai General System of
 * Transcription (RTGS, 1999); the alternatives after the first are spellings Thai passports actually use
 * (passport holders choose their own: ช as "sh" in Shinawatra, ภ as "bh" in Bhumibol, จ as "j" in Jiraporn,
 * final ร as "rn" in Pornchai, ว as "v" in Vorawit).
 */
final class ThaiLetters {

    static final char THANTHAKHAT = '\u0E4C';

    /** Thai letter values as a {@link Letters} for the shared Tai syllable parser. */
    static final Letters THAI = new Letters() {
        @Override
        public String[] initial(char c) {
            return ThaiLetters.initial(c);
        }

        @Override
        public String[] finalOf(char c) {
            return ThaiLetters.finalOf(c);
        }
    };

    private ThaiLetters() {
    }

    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E' && c != '\u0E24' && c != '\u0E26';
    }

    static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** Vowel signs written after (above, below) the initial consonant: they start a syllable's vowel. */
    static boolean isFollowingVowel(char c) {
        return c >= '\u0E30' && c <= '\u0E39' || c == '\u0E47' || c == '\u0E45' || LaoLetters.isVowelMark(c);
    }

    /** Tone marks and signs that do not change the Latin spelling. */
    static boolean isIgnored(char c) {
        return c >= '\u0E48' && c <= '\u0E4B' || c == '\u0E4D' || c == '\u0E4E' || c == '\u0E3A'
                || c == '\u0E2F' || c == '\u0E46' || c == '\u0E47';
    }

    static String[] initial(char c) {
        return switch (c) {
            case 'ก' -> new String[] {"k"};
            case 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> new String[] {"kh", "k"};
            case 'ง' -> new String[] {"ng"};
            case 'จ' -> new String[] {"ch", "j"};
            case 'ฉ', 'ฌ' -> new String[] {"ch"};
            case 'ช' -> new String[] {"ch", "sh"};
            case 'ซ' -> new String[] {"s"};
            case 'ญ' -> new String[] {"y", "ny"};
            case 'ฎ', 'ด' -> new String[] {"d"};
            case 'ฏ', 'ต' -> new String[] {"t"};
            case 'ฐ', 'ฒ', 'ถ', 'ท' -> new String[] {"th", "t"};
            case 'ฑ' -> new String[] {"th", "d"};
            case 'ธ' -> new String[] {"th", "t", "dh"};
            case 'ณ', 'น' -> new String[] {"n"};
            case 'บ' -> new String[] {"b"};
            case 'ป' -> new String[] {"p"};
            case 'ผ', 'พ' -> new String[] {"ph", "p", "b"};
            case 'ภ' -> new String[] {"ph", "bh", "p"};
            case 'ฝ', 'ฟ' -> new String[] {"f"};
            case 'ม' -> new String[] {"m"};
            case 'ย' -> new String[] {"y"};
            case 'ร' -> new String[] {"r"};
            case 'ล', 'ฬ' -> new String[] {"l"};
            case 'ว' -> new String[] {"w", "v"};
            case 'ศ', 'ษ', 'ส' -> new String[] {"s"};
            case 'ห', 'ฮ' -> new String[] {"h"};
            default -> new String[] {""};
        };
    }

    static String[] finalOf(char c) {
        return switch (c) {
            case 'ก', 'ข', 'ค', 'ฆ' -> new String[] {"k"};
            case 'ง' -> new String[] {"ng"};
            case 'จ', 'ช', 'ซ', 'ฌ', 'ฎ', 'ฏ', 'ฐ', 'ฑ', 'ฒ', 'ต', 'ถ' -> new String[] {"t"};
            case 'ด' -> new String[] {"t", "d"};
            case 'ท', 'ธ' -> new String[] {"t", "d", "th"};
            case 'ศ', 'ษ', 'ส' -> new String[] {"t", "s"};
            case 'ญ', 'ณ', 'น' -> new String[] {"n"};
            case 'ร' -> new String[] {"n", "rn", "r"};
            case 'ล', 'ฬ' -> new String[] {"n", "l"};
            case 'บ', 'ป', 'พ', 'ฟ', 'ภ' -> new String[] {"p", "b"};
            case 'ม' -> new String[] {"m"};
            case 'ย' -> new String[] {"i", "y"};
            case 'ว' -> new String[] {"o", "w"};
            default -> new String[] {""};
        };
    }

    /** Initial clusters: กร ปล พร ... with ร or ล, only ก ข ค with ว (ขวา), and ทร ศร สร read "s". */
    static boolean clusters(char c, char second) {
        return switch (second) {
            case 'ร' -> "กขคตปพผบทศส".indexOf(c) >= 0;
            case 'ล' -> "กขคปพผบ".indexOf(c) >= 0;
            case 'ว' -> "กขค".indexOf(c) >= 0;
            default -> false;
        };
    }

    /** Letters that a leading ห (or อ before ย) makes high-class, and which alone are then read. */
    static boolean takesLeadingHo(char c) {
        return "งญนมยรลว".indexOf(c) >= 0;
    }

    /** An initial cluster's spellings: ทร and ศร/สร read "s" (ทราย, ศรี), others both letters. */
    static String[] cluster(Letters letters, char c, char second) {
        if (second == 'ร' && c == 'ท') {
            return new String[] {"s", "thr"};
        }
        if (second == 'ร' && (c == 'ศ' || c == 'ส')) {
            return new String[] {"s", "sr"};
        }
        String tail = second == 'ร' ? "r" : second == 'ล' ? "l" : "w";
        String[] heads = letters.initial(c);
        String[] out = new String[heads.length];
        for (int i = 0; i < heads.length; i++) {
            out[i] = heads[i] + tail;
        }
        return out;
    }
}
