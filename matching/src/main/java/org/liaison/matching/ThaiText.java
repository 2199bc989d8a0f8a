package org.liaison.matching;

/**
 * A Thai token ready to parse: tone marks dropped, and letters silenced by the thanthakhat (์) flagged rather
 * than dropped, because passports often keep them (จุลานนท์ → "Chulanont", against RTGS "Chulanon").
 */
final class ThaiText {

    final Letters letters;
    final char[] chars;
    final boolean[] silent;
    /** A tone mark sat on the letter: it ends a syllable's initial (แก้ว is kaeo, against แกว่ง kwaeng). */
    final boolean[] toned;
    int pos;

    private ThaiText(Letters letters, char[] chars, boolean[] silent, boolean[] toned) {
        this.letters = letters;
        this.chars = chars;
        this.silent = silent;
        this.toned = toned;
    }

    static ThaiText of(String token, Letters letters) {
        // NFKC splits sara am into nikhahit and sara aa; put it back together.
        String text = token.replace("ยรติ", "ยต").replace("\u0E4D\u0E32", "\u0E33");
        StringBuilder kept = new StringBuilder(text.length());
        StringBuilder flags = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ThaiLetters.THANTHAKHAT) {
                silenceBefore(kept, flags);
            } else if (c >= '\u0E48' && c <= '\u0E4B' && !kept.isEmpty()) {
                flags.setCharAt(flags.length() - 1, flags.charAt(flags.length() - 1) == '1' ? '1' : 't');
            } else if (!ThaiLetters.isIgnored(c) && c >= '\u0E01' && c <= '\u0E4C' || LaoLetters.isVowelMark(c)) {
                kept.append(c);
                flags.append('0');
            }
        }
        boolean[] silent = new boolean[kept.length()];
        boolean[] toned = new boolean[kept.length()];
        for (int i = 0; i < silent.length; i++) {
            silent[i] = flags.charAt(i) == '1';
            toned[i] = flags.charAt(i) == 't';
        }
        return new ThaiText(letters, kept.toString().toCharArray(), silent, toned);
    }

    /**
     * The thanthakhat silences the consonant it sits on together with a vowel written under or over it
     * (ศักดิ์ → sak), and a consonant left dangling after a short closed syllable (จันทร์ → chan).
     */
    private static void silenceBefore(StringBuilder kept, StringBuilder flags) {
        int i = kept.length() - 1;
        while (i >= 0 && ThaiLetters.isFollowingVowel(kept.charAt(i))) {
            kept.deleteCharAt(i);
            flags.deleteCharAt(i);
            i--;
        }
        if (i < 0 || !ThaiLetters.isConsonant(kept.charAt(i))) {
            return;
        }
        flags.setCharAt(i, '1');
        if (i >= 3 && ThaiLetters.isConsonant(kept.charAt(i - 1)) && flags.charAt(i - 1) == '0'
                && ThaiLetters.isConsonant(kept.charAt(i - 2)) && "ัิุึ".indexOf(kept.charAt(i - 3)) >= 0) {
            flags.setCharAt(i - 1, '1');
        }
    }

    boolean done() {
        return pos >= chars.length;
    }

    char peek() {
        return at(pos);
    }

    char at(int i) {
        return i < chars.length && i >= 0 ? chars[i] : 0;
    }

    boolean silentAt(int i) {
        return i < chars.length && silent[i];
    }

    boolean tonedAt(int i) {
        return i >= 0 && i < chars.length && toned[i];
    }

    char next() {
        return chars[pos++];
    }

    /** Whether the consonant at {@code i} opens a syllable, that is, a vowel sign follows it. */
    boolean opensSyllable(int i) {
        return ThaiLetters.isFollowingVowel(at(i + 1)) && !silentAt(i);
    }
}
