package org.liaison.matching;

/**
 * A normalised name token.
 *
 * @param text NFKC, case-folded, diacritics kept (what an officer reads)
 * @param forms Latin lower-case ASCII forms compared by the scorer: the folded spelling, or up to
 *     {@link Romanizer#MAX_VARIANTS} romanizations for Khmer, Lao and Thai
 * @param script the token's writing system
 * @param weak a title, honorific or particle that should weigh little
 * @param letters per form, the mask of its letters ({@link Similarity#letters}), computed once per term
 */
record Token(String text, String[] forms, Script script, boolean weak, int[] letters) {

    Token(String text, String[] forms, Script script, boolean weak) {
        this(text, forms, script, weak, Similarity.letters(forms));
    }

    boolean isInitial() {
        return script == Script.LATIN && text.length() == 1;
    }

    boolean hasDiacritics() {
        return script == Script.LATIN && !text.equals(forms[0]);
    }
}
