package org.liaison.matching;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The most plausible Latin spelling of a name written in Khmer, Lao or Thai script (Latin names come back
 * folded and capitalised), for a form to suggest a romanization that an officer then checks: the index
 * itself compares every reading, not just this one.
 */
public final class Romanization {

    private Romanization() {
    }

    /** E.g. {@code ທອງລຸນ ສີສຸລິດ} gives "Thongloun Sisoulit"-like spellings; blank for a blank name. */
    public static String of(String name) {
        var joined = new StringJoiner(" ");
        for (Token token : NameNormalizer.tokens(name)) {
            var form = token.forms()[0];
            if (!form.isEmpty()) {
                joined.add(form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1));
            }
        }
        return joined.toString();
    }

    /** Whether the name contains Khmer, Lao or Thai letters, i.e. needs a romanization beside it. */
    public static boolean needsRomanization(String name) {
        return name.codePoints().anyMatch(c -> (c >= 0x1780 && c <= 0x17FF) || (c >= 0x0E00 && c <= 0x0EFF));
    }
}
