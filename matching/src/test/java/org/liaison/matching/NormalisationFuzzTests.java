package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Arbitrary Unicode through normalisation, romanization and search: no exception, bounded output, bounded
 * time. Under plain {@code mvn test} Jazzer replays the inputs under
 * {@code src/test/resources/org/liaison/matching/NormalisationFuzzTestsInputs}; with {@code JAZZER_FUZZ=1}
 * it fuzzes each method for its {@code maxDuration}.
 */
class NormalisationFuzzTests {

    private static final long MAX_NANOS = 1_000_000_000L;
    private static final NameIndex INDEX = Names.indexOf("ທອງລຸນ ສີສຸລິດ", "ហ៊ុន សែន", "ทักษิณ ชินวัตร", "Nguyễn Thị Hằng");

    @FuzzTest(maxDuration = "5s")
    void normalisesAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long start = System.nanoTime();
        List<Token> tokens = NameNormalizer.tokens(text);
        assertThat(System.nanoTime() - start).isLessThan(MAX_NANOS);
        assertThat(tokens).hasSizeLessThanOrEqualTo(NameNormalizer.MAX_TOKENS);
        for (Token token : tokens) {
            assertThat(token.forms()).isNotEmpty().hasSizeLessThanOrEqualTo(Romanizer.MAX_VARIANTS);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void romanizesAnySequenceOfKhmerLaoAndThaiCharacters(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int length = data.consumeInt(0, 64);
        int block = data.consumeInt(0, 2);
        int base = block == 0 ? 0x1780 : block == 1 ? 0x0E80 : 0x0E00;
        for (int i = 0; i < length && data.remainingBytes() > 0; i++) {
            text.append((char) (base + data.consumeInt(0, 0x7F)));
        }
        Script script = block == 0 ? Script.KHMER : block == 1 ? Script.LAO : Script.THAI;
        long start = System.nanoTime();
        String[] forms = Romanizer.of(script).romanize(text.toString());
        assertThat(System.nanoTime() - start).isLessThan(MAX_NANOS);
        assertThat(forms).isNotEmpty().hasSizeLessThanOrEqualTo(Romanizer.MAX_VARIANTS);
    }

    @FuzzTest(maxDuration = "5s")
    void searchesWithAnyQuery(FuzzedDataProvider data) {
        String name = data.consumeString(300);
        String dob = data.consumeString(20);
        String document = data.consumeRemainingAsString();
        List<Hit> hits = INDEX.search(new Query(name, dob, null, null, List.of(document)), 5, 0.0);
        assertThat(hits).hasSizeLessThanOrEqualTo(5).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
    }
}
