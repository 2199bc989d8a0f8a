package org.liaison.matching;

/**
 * Thai to Latin, syllable by syllable, after the Royal Thai General System of Transcription (Royal Institute,
 * 1999) with the passport spellings listed in {@link ThaiLetters}: ทักษิณ ชินวัตร → thaksin shinawatra (via
 * "shinwatra"), ประยุทธ์ จันทร์โอชา → prayut chanocha. Tones are not written, as in RTGS.
 */
final class ThaiRomanizer implements Romanizer {

    static final ThaiRomanizer INSTANCE = new ThaiRomanizer();

    @Override
    public String[] romanize(String token) {
        ThaiText text = ThaiText.of(token, ThaiLetters.THAI);
        Spelling spelling = new Spelling();
        while (!text.done()) {
            syllable(text, spelling);
        }
        return spelling.build();
    }

    static void syllable(ThaiText t, Spelling out) {
        char c = t.peek();
        if (t.silentAt(t.pos)) {
            t.next();
            out.add("", c == 'ร' ? "r" : t.letters.finalOf(c)[0]);
        } else if (ThaiLetters.isLeadingVowel(c)) {
            t.next();
            ThaiLeadSyllable.parse(c, t, out);
        } else if (c == 'ฤ' || c == 'ฦ') {
            t.next();
            out.add(c == 'ฤ' ? new String[] {"rue", "ri", "ru"} : new String[] {"lue"});
        } else if (ThaiLetters.isConsonant(c)) {
            initial(t, out, false);
            vowel(t, out);
        } else {
            t.next();
            out.add(bareVowel(c));
        }
    }

    /** The initial consonant or cluster; {@code afterLead} because เปรม has a cluster with no vowel sign. */
    static void initial(ThaiText t, Spelling out, boolean afterLead) {
        char c = t.next();
        char n = t.peek();
        boolean nLive = n != 0 && !t.silentAt(t.pos);
        if ((c == 'ห' && ThaiLetters.takesLeadingHo(n) || c == 'อ' && n == 'ย') && nLive
                && (t.opensSyllable(t.pos) || afterLead || !ThaiLetters.isConsonant(t.at(t.pos + 1)))) {
            t.next();
            out.add(t.letters.initial(n));
        } else if (ThaiLetters.clusters(c, n) && nLive && !t.tonedAt(t.pos - 1)
                && (t.opensSyllable(t.pos) || afterLead)) {
            t.next();
            out.add(ThaiLetters.cluster(t.letters, c, n));
        } else {
            out.add(t.letters.initial(c));
        }
    }

    private static void vowel(ThaiText t, Spelling out) {
        char v = t.peek();
        switch (v) {
            case 'ะ' -> take(t, out, t.letters.vowel("a"));
            case 'ั' -> {
                t.next();
                if (t.peek() == 'ว') {
                    take(t, out, t.letters.vowel("ua", "uo"));
                } else {
                    out.add("a");
                    coda(t, out);
                }
            }
            case 'า' -> closed(t, out, t.letters.vowel("a"));
            case 'ำ' -> take(t, out, t.letters.vowel("am", "um"));
            case 'ิ' -> closed(t, out, t.letters.vowel("i"));
            case 'ี' -> closed(t, out, t.letters.vowel("i", "ee"));
            case 'ึ' -> closed(t, out, t.letters.vowel("ue", "u", "eu"));
            case 'ื' -> {
                t.next();
                if (t.peek() == 'อ') {
                    t.next();
                }
                out.add(t.letters.vowel("ue", "u", "eu"));
                coda(t, out);
            }
            case 'ุ' -> closed(t, out, t.letters.vowel("u"));
            case 'ู' -> closed(t, out, t.letters.vowel("u", "oo"));
            case LaoLetters.MAI_KON -> shortO(t, out);
            case LaoLetters.NIGGAHITA -> closed(t, out, t.letters.vowel("o", "or"));
            case LaoLetters.SEMIVOWEL_IA -> closed(t, out, t.letters.vowel("ia", "ie", "ea"));
            default -> inherent(t, out, v);
        }
    }

    /** No vowel sign: อ or ว as vowel letters, รร, or the unwritten o (closed) or a (open) vowel. */
    private static void inherent(ThaiText t, Spelling out, char v) {
        boolean live = v != 0 && !t.silentAt(t.pos);
        if (v == 'อ' && live && !t.opensSyllable(t.pos)) {
            closed(t, out, t.letters.vowel("o", "or"));
        } else if (v == 'ว' && live && ThaiLetters.isConsonant(t.at(t.pos + 1)) && !t.opensSyllable(t.pos + 1)) {
            closed(t, out, t.letters.vowel("ua"));
        } else if (v == 'ร' && t.at(t.pos + 1) == 'ร') {
            t.next();
            t.next();
            boolean coda = ThaiLetters.isConsonant(t.peek()) && !t.opensSyllable(t.pos);
            out.add(coda ? new String[] {"a"} : new String[] {"an"});
            coda(t, out);
        } else if (ThaiLetters.isConsonant(v) && live && !t.opensSyllable(t.pos)) {
            out.add("o", "a");
            coda(t, out);
        } else {
            out.add("a", "o");
        }
    }

    /** Lao ົ: a short o, or with ວ the diphthong "ua" (ບົວ → boua). */
    private static void shortO(ThaiText t, Spelling out) {
        t.next();
        if (t.peek() == 'ว' && !t.opensSyllable(t.pos)) {
            take(t, out, t.letters.vowel("ua"));
            coda(t, out);
        } else if (t.peek() == 'า') {
            take(t, out, "ao", "au");
        } else {
            out.add("o");
            coda(t, out);
        }
    }

    private static void take(ThaiText t, Spelling out, String... vowel) {
        t.next();
        out.add(vowel);
    }

    private static void closed(ThaiText t, Spelling out, String... vowel) {
        take(t, out, vowel);
        coda(t, out);
    }

    /**
     * A final consonant when one closes the syllable. Two readings are kept where Thai spelling is ambiguous:
     * a consonant plus ร at the end is a final and a silent or Sanskrit "ra" (วัตร: wat, watra) or a syllable
     * of its own (ธนาธร: thon, ปรีชาพร: phon, porn); inside a word a final may carry a linking "a" as passports
     * write it (ชินวัตร: Shinawatra).
     */
    static void coda(ThaiText t, Spelling out) {
        char x = t.peek();
        if (!ThaiLetters.isConsonant(x) || t.silentAt(t.pos) || x == 'อ' || t.opensSyllable(t.pos)) {
            return;
        }
        // ว before a consonant with its own vowel starts that syllable, unless doubled or after a toned initial (แก้วมณี).
        if (x == 'ว' && t.at(t.pos + 1) != 'ว' && !t.tonedAt(t.pos - 1) && ThaiLetters.isConsonant(t.at(t.pos + 1))
                && t.opensSyllable(t.pos + 1)
                || t.at(t.pos + 1) == 'ร' && t.at(t.pos + 2) == 'ร' || startsLastSyllable(t)) {
            return;
        }
        boolean afterShortVowel = "ัิุึ".indexOf(t.at(t.pos - 1)) >= 0;
        t.next();
        String[] finals = t.letters.finalOf(x);
        char r = t.peek();
        if (r == 'ร' && !t.silentAt(t.pos) && !t.opensSyllable(t.pos)
                && (t.at(t.pos + 1) == 0 || ThaiLetters.isConsonant(t.at(t.pos + 1)))) {
            t.next();
            String head = t.letters.initial(x)[0];
            out.add(afterShortVowel ? new String[] {finals[0], finals[0] + "ra", head + "on", head + "orn"}
                    : new String[] {head + "on", finals[0], head + "orn", finals[0] + "ra"});
        } else if (t.letters.linksSyllables() && ThaiLetters.isConsonant(t.peek()) && t.opensSyllable(t.pos)) {
            String[] linked = java.util.Arrays.copyOf(finals, finals.length + 1);
            linked[finals.length] = finals[0] + "a";
            out.add(linked);
        } else {
            out.add(finals);
        }
    }

    /** x, y at the end of a word (ภูมิพล: phu-mi-phon) is a syllable of its own with an unwritten o. */
    private static boolean startsLastSyllable(ThaiText t) {
        int y = t.pos + 1;
        char c = t.at(y);
        if (!ThaiLetters.isConsonant(c) || c == 'ร' || t.silentAt(y) || t.opensSyllable(y)) {
            return false;
        }
        int after = y + 1;
        while (t.silentAt(after)) {
            after++;
        }
        return t.at(after) == 0;
    }

    private static String[] bareVowel(char c) {
        return switch (c) {
            case 'า', 'ะ', 'ั' -> new String[] {"a"};
            case 'ิ', 'ี' -> new String[] {"i"};
            case 'ุ', 'ู' -> new String[] {"u"};
            case 'ำ' -> new String[] {"am"};
            default -> new String[] {""};
        };
    }
}
