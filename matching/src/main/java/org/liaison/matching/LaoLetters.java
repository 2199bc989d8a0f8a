package org.liaison.matching;

/**
 * Lao letter values after the BGN/PCGN romanization of Lao (1966) as modified by the French-based spellings
 * Lao passports and the Lao government use: ຸ and ູ as "ou" (Thongloun, Sisoulith), ຊ as "x" (Sonexay), ຍ as
 * "gn"/"nh" (Bounnhang), ວ as "v" (Vorachith), final ນ as "ne" (Siphandone), final ດ as "th" (Sisoulith).
 */
final class LaoLetters implements Letters {

    static final LaoLetters INSTANCE = new LaoLetters();

    /** ົ, ໍ and ຽ have no Thai counterpart; they are mapped to code points unassigned in the Thai block. */
    static final char MAI_KON = '\u0E3B';
    static final char SEMIVOWEL_IA = '\u0E3C';
    static final char NIGGAHITA = '\u0E3D';

    static boolean isVowelMark(char c) {
        return c == MAI_KON || c == SEMIVOWEL_IA || c == NIGGAHITA;
    }

    /** Rewrites Lao as the parallel Thai letters (U+0E81..U+0ECB are Thai code points plus 0x80). */
    static String asThaiLetters(String lao) {
        StringBuilder out = new StringBuilder(lao.length() + 2);
        for (int i = 0; i < lao.length(); i++) {
            char c = lao.charAt(i);
            switch (c) {
                case '\u0EDC' -> out.append("หน");
                case '\u0EDD' -> out.append("หม");
                case '\u0EBC' -> out.append('ล');
                case '\u0EBB' -> out.append(MAI_KON);
                case '\u0EBD' -> out.append(SEMIVOWEL_IA);
                case '\u0ECD' -> {
                    if (i + 1 < lao.length() && lao.charAt(i + 1) == '\u0EB2') {
                        out.append('\u0E33'); // ໍ + າ is sara am once NFKC split it (ຄຳ → kham)
                        i++;
                    } else {
                        out.append(NIGGAHITA);
                    }
                }
                case '\u0EB1' -> out.append(shortensLeadVowel(out) ? '\u0E47' : '\u0E31');
                default -> {
                    if (c >= '\u0E81' && c <= '\u0ECC') {
                        out.append((char) (c - 0x80));
                    }
                }
            }
        }
        return out.toString();
    }

    /** ເ◌ັ◌ and ແ◌ັ◌ are short e and ae (ເພັດ → phet), written in Thai with the mai taikhu (เพ็ด). */
    private static boolean shortensLeadVowel(StringBuilder thai) {
        int n = thai.length();
        return n >= 2 && (thai.charAt(n - 2) == 'เ' || thai.charAt(n - 2) == 'แ') && ThaiLetters.isConsonant(thai.charAt(n - 1));
    }

    @Override
    public String[] initial(char c) {
        return switch (c) {
            case 'ช' -> new String[] {"x", "s", "ch"};
            case 'ญ' -> new String[] {"gn", "nh", "ny", "y"};
            case 'จ' -> new String[] {"ch", "j"};
            case 'ว' -> new String[] {"v", "w"};
            case 'ล' -> new String[] {"l", "r"};
            case 'พ', 'ผ' -> new String[] {"ph", "p"};
            case 'ก' -> new String[] {"k", "g"};
            default -> ThaiLetters.initial(c);
        };
    }

    @Override
    public String[] finalOf(char c) {
        return switch (c) {
            case 'ด' -> new String[] {"t", "d", "th"};
            case 'น' -> new String[] {"n", "ne"};
            case 'ญ', 'ย' -> new String[] {"y", "i"};
            case 'ว' -> new String[] {"o", "w", "v"};
            case 'ล' -> new String[] {"n", "l"};
            default -> ThaiLetters.finalOf(c);
        };
    }

    @Override
    public boolean linksSyllables() {
        return false;
    }

    @Override
    public String[] vowel(String... thai) {
        return switch (thai[0]) {
            case "u" -> new String[] {"ou", "u"};
            case "ue" -> new String[] {"eu", "ue", "u"};
            case "ua" -> new String[] {"oua", "ua"};
            case "oei" -> new String[] {"ia", "ie", "ei"};
            case "uea" -> new String[] {"ua", "uea", "eua"};
            case "i" -> new String[] {"i", "y"};
            case "oe" -> new String[] {"eu", "oe", "er"};
            case "ae" -> new String[] {"ae", "e"};
            case "ai" -> new String[] {"ai", "ay"};
            case "am" -> new String[] {"am"};
            default -> thai;
        };
    }
}
