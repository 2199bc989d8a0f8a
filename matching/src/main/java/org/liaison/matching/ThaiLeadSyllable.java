package org.liaison.matching;

/**
 * Thai syllables whose vowel is written before the consonant (เ แ โ ใ ไ), often with more signs after it:
 * เ-ีย "ia", เ-ือ "uea", เ-า "ao", เ-อ "oe" (RTGS), with the passport spellings "ie", "eua", "au", "er".
 */
final class ThaiLeadSyllable {

    private ThaiLeadSyllable() {
    }

    static void parse(char lead, ThaiText t, Spelling out) {
        if (!ThaiLetters.isConsonant(t.peek())) {
            out.add(alone(lead));
            return;
        }
        ThaiRomanizer.initial(t, out, true);
        switch (lead) {
            case 'เ' -> e(t, out);
            case 'แ' -> {
                skip(t, 'ะ');
                out.add(t.letters.vowel("ae", "a", "e"));
                ThaiRomanizer.coda(t, out);
            }
            case 'โ' -> {
                boolean open = skip(t, 'ะ');
                out.add(t.letters.vowel("o", "oh"));
                if (!open) {
                    ThaiRomanizer.coda(t, out);
                }
            }
            default -> {
                out.add(t.letters.vowel("ai", "ay", "i"));
                if (t.peek() == 'ย' && !t.opensSyllable(t.pos)) {
                    t.next();
                }
            }
        }
    }

    private static void e(ThaiText t, Spelling out) {
        char a = t.peek();
        char b = t.at(t.pos + 1);
        if (a == LaoLetters.MAI_KON && b == 'า') {
            t.next();
            take(t, out, "ao", "au");
        } else if (a == 'า') {
            t.next();
            out.add(skip(t, 'ะ') ? new String[] {"o"} : t.letters.vowel("ao", "au"));
        } else if (a == 'ี' && b == 'ย' || a == 'ื' && b == 'อ') {
            t.next();
            t.next();
            out.add(a == 'ี' ? t.letters.vowel("ia", "ie", "ea") : t.letters.vowel("uea", "ua", "eua"));
            ThaiRomanizer.coda(t, out);
        } else if (a == 'ิ' || a == 'อ') {
            t.next();
            out.add(t.letters.vowel("oe", "er", "ur"));
            ThaiRomanizer.coda(t, out);
        } else if (a == 'ะ') {
            t.next();
            out.add("e");
        } else if (a == 'ย' && !t.opensSyllable(t.pos)) {
            t.next();
            out.add(t.letters.vowel("oei", "oey", "ei"));
        } else {
            out.add(t.letters.vowel("e", "ay"));
            ThaiRomanizer.coda(t, out);
        }
    }

    private static void take(ThaiText t, Spelling out, String... vowel) {
        t.next();
        out.add(vowel);
    }

    private static boolean skip(ThaiText t, char c) {
        if (t.peek() == c) {
            t.next();
            return true;
        }
        return false;
    }

    private static String[] alone(char lead) {
        return switch (lead) {
            case 'แ' -> new String[] {"ae"};
            case 'โ' -> new String[] {"o"};
            case 'ใ', 'ไ' -> new String[] {"ai"};
            default -> new String[] {"e"};
        };
    }
}
