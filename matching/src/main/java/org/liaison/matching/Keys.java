package org.liaison.matching;

import java.util.function.LongConsumer;

/**
 * Blocking keys of a Latin form: the form, its one-character deletions (symmetric deletion, Garbe 2012: two
 * strings within one edit or one transposition share a key) and a consonant skeleton so that romanizations
 * differing in vowels and aspiration (rangsi / rainsy, thongloun / tonglun) meet.
 */
final class Keys {

    /** Forms and deletions share one key space: "lauren" must meet "laurent" minus its t. */
    private static final long FORM = 0x9E3779B97F4A7C15L;
    private static final long SKELETON = 0x165667B19E3779F9L;
    private static final long ABJAD = 0x27D4EB2F165667C5L;

    private Keys() {
    }

    static void of(String form, LongConsumer sink) {
        sink.accept(hash(form, FORM));
        if (form.length() >= 4) {
            StringBuilder b = new StringBuilder(form.length());
            for (int i = 0; i < form.length(); i++) {
                if (i > 0 && form.charAt(i) == form.charAt(i - 1)) {
                    continue;
                }
                b.setLength(0);
                b.append(form, 0, i).append(form, i + 1, form.length());
                sink.accept(hash(b, FORM));
            }
        }
        String skeleton = skeleton(form);
        if (skeleton.length() >= 3) {
            sink.accept(hash(skeleton, SKELETON));
        }
    }

    /**
     * The key of a form's abjad skeleton ({@link Transliteration#abjadSkeleton}), in a key space of its own, or 0
     * when the skeleton is shorter than two letters: محمد meets Muhammad and Mohamed through it.
     */
    static long abjadKey(String form) {
        String skeleton = Transliteration.abjadSkeleton(form);
        return skeleton.length() < 2 ? 0 : hash(skeleton, ABJAD);
    }

    /** The key under which a form, and every form one deletion away from it, is stored. */
    static long formKey(CharSequence form) {
        return hash(form, FORM);
    }

    /** Consonant classes without vowels, h or doubled letters: "shinawatra" → "cnwtl". */
    static String skeleton(String form) {
        StringBuilder b = new StringBuilder(form.length());
        char last = 0;
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) == 'g' && i > 0 && form.charAt(i - 1) == 'n'
                    || form.charAt(i) == 'c' && i + 1 < form.length() && form.charAt(i + 1) == 'k') {
                continue;
            }
            char c = consonantClass(form.charAt(i));
            if (c != 0 && c != last) {
                b.append(c);
            }
            if (c != 0 || i == 0) {
                last = c;
            }
        }
        return b.toString();
    }

    private static char consonantClass(char c) {
        return switch (c) {
            case 'b', 'p', 'f' -> 'p';
            case 'c', 'j' -> 'c';
            case 'k', 'q', 'g' -> 'k';
            case 'd', 't' -> 't';
            case 's', 'z', 'x' -> 's';
            case 'l', 'r' -> 'l';
            case 'v', 'w' -> 'w';
            case 'm' -> 'm';
            case 'n' -> 'n';
            default -> 0;
        };
    }

    static long hash(CharSequence s, long seed) {
        long h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h ^ h >>> 31;
    }
}
