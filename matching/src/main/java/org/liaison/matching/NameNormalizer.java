package org.liaison.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a written name into tokens: NFKC, case folding, "SURNAME, Given" reordered, hyphens and apostrophes
 * joined (Chan-o-cha, Sa'adi), other punctuation split, tokens split where the script changes, Thai titles
 * fused to the name split off, and each token given its Latin forms (other scripts through ICU, see
 * {@link Transliteration}).
 */
final class NameNormalizer {

    /** Names are short; anything longer is cut so that adversarial input cannot make work unbounded. */
    static final int MAX_CHARS = 256;
    static final int MAX_TOKENS = 12;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u200B\\u200C\\u00A0]+");

    private NameNormalizer() {
    }

    /** The tokens of a name as a person's; {@link Named} adds what organisations need. */
    static List<Token> plainTokens(String name) {
        return tokens(name);
    }

    static List<Token> tokens(String name) {
        String text = Normalizer.normalize(name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name,
                Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = reorderSurnameFirst(text);
        List<Token> out = new ArrayList<>();
        String[] raws = SPACES.split(text.strip());
        for (String raw : raws) {
            if (out.size() >= MAX_TOKENS) {
                break;
            }
            addRaw(raw, out, raws.length == 1, out.isEmpty());
        }
        return out;
    }

    /** "SALEK, ABDULHAI" → "abdulhai salek": lists and MRZ-derived records put the surname first. */
    private static String reorderSurnameFirst(String text) {
        int comma = text.indexOf(',');
        if (comma <= 0 || comma != text.lastIndexOf(',') || comma == text.length() - 1) {
            return text;
        }
        return text.substring(comma + 1).trim() + " " + text.substring(0, comma).trim();
    }

    private static void addRaw(String raw, List<Token> out, boolean whole, boolean first) {
        if (raw.isEmpty()) {
            return;
        }
        if (WeakTokens.isWeak(raw)) {
            String stripped = strip(raw).replace(" ", "");
            out.add(token(stripped.isEmpty() ? raw : stripped, true));
            return;
        }
        // a title precedes the name: fused into a later word it is part of a name (คุณปลื้ม is a family name)
        String title = first ? WeakTokens.fusedThaiTitle(raw) : null;
        if (title != null) {
            out.add(token(strip(title), true));
            raw = raw.substring(title.length());
        }
        for (String part : strip(raw).split(" ")) {
            splitByScript(part, out, whole);
        }
    }

    /** Joins across hyphens and apostrophes, splits on other punctuation; keeps letters, marks and digits. */
    private static String strip(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int type = Character.getType(c);
            if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                b.append(c);
            } else if (c != '-' && c != '\'' && c != '\u2019' && c != '\u02BC' && c != '\u2010' && c != '.') {
                b.append(' ');
            } else if (c == '.') {
                b.append(' ');
            }
        }
        return b.toString().trim();
    }

    private static void splitByScript(String part, List<Token> out, boolean whole) {
        int start = 0;
        @Nullable Script current = null;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isDigit(c)) {
                continue;
            }
            Script s = Script.of(c);
            if (current != null && s != current) {
                addRun(part.substring(start, i), current, out, whole);
                start = i;
            }
            current = s;
        }
        if (start < part.length() && !part.substring(start).isBlank()) {
            addRun(part.substring(start), current == null ? Script.LATIN : current, out, whole);
        }
    }

    /**
     * A run of one script; scripts romanized through ICU may split it into the tokens a Latin spelling has (a
     * Chinese or Korean family name only when the whole name is written as one word).
     */
    private static void addRun(String run, Script script, List<Token> out, boolean whole) {
        if (script != Script.OTHER) {
            out.add(token(run, false));
            return;
        }
        for (String piece : Transliteration.split(run, whole)) {
            if (out.size() < MAX_TOKENS && !piece.isBlank()) {
                out.add(token(piece, false));
            }
        }
    }

    /** Romanizing is the costly step and names repeat (a million entries share a few thousand Thai names). */
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, String[]> ROMANIZED = new ConcurrentHashMap<>();

    private static String[] romanize(Script script, String text) {
        String[] cached = ROMANIZED.get(text);
        if (cached != null) {
            return cached;
        }
        String[] forms = script == Script.OTHER ? Transliteration.romanize(text) : Romanizer.of(script).romanize(text);
        if (ROMANIZED.size() >= CACHE_LIMIT) {
            ROMANIZED.clear();
        }
        ROMANIZED.put(text, forms);
        return forms;
    }

    static Token token(String text, boolean weak) {
        Script script = Script.of(text.codePointAt(0));
        for (int i = 0; i < text.length() && script == Script.LATIN; i++) {
            Script s = Script.of(text.charAt(i));
            if (s != Script.LATIN && Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
                script = s;
            }
        }
        boolean isWeak = weak || WeakTokens.isWeak(text);
        String[] forms = switch (script) {
            case LATIN -> Nicknames.forms(LatinFolding.fold(text));
            case KHMER, LAO, THAI -> romanize(script, text);
            case OTHER -> romanize(script, text);
        };
        return new Token(text, forms, script, isWeak);
    }
}
