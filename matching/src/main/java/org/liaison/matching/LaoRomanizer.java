package org.liaison.matching;

/**
 * Lao to Latin: ທອງລຸນ ສີສຸລິດ → thongloun sisoulith, ສອນໄຊ ສີພັນດອນ → sonexay siphandone. The Lao token is
 * rewritten as the parallel Thai letters and parsed by the Thai syllable parser with {@link LaoLetters}.
 */
final class LaoRomanizer implements Romanizer {

    static final LaoRomanizer INSTANCE = new LaoRomanizer();

    @Override
    public String[] romanize(String token) {
        ThaiText text = ThaiText.of(LaoLetters.asThaiLetters(token), LaoLetters.INSTANCE);
        Spelling spelling = new Spelling();
        while (!text.done()) {
            ThaiRomanizer.syllable(text, spelling);
        }
        return spelling.build();
    }
}
