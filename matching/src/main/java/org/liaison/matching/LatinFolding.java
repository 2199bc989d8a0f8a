package org.liaison.matching;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Removes diacritics so that "Nguyễn Thị Hằng" and a passport's "NGUYEN THI HANG" compare equal;
 * the accented text is kept beside it by {@link Token}.
 */
final class LatinFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private LatinFolding() {
    }

    static String fold(String lower) {
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            out.append(letter(stripped.charAt(i)));
        }
        return out.toString();
    }

    /** Letters that NFD does not decompose: Vietnamese đ, and the usual Northern and Central European ones. */
    private static String letter(char c) {
        return switch (c) {
            case 'đ', 'ð' -> "d";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ı' -> "i";
            case 'þ' -> "th";
            default -> String.valueOf(c);
        };
    }
}
