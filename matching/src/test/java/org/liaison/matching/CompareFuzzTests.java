package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * The ICU romanizers and the pair comparison under arbitrary input: no exception, a score in 0..1, and every
 * input of up to 1,000 characters answered within 10 ms once the transliterators are loaded (the bound checked
 * here is looser, 1 s, so that a busy CI machine does not fail it; the fuzzing run's timings are reported in
 * docs/benchmarks.md). Replays its inputs under plain {@code mvn test}; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class CompareFuzzTests {

    private static final long MAX_NANOS = 1_000_000_000L;
    /** Blocks the fuzzer draws letters from: Han, Cyrillic, Arabic, Hangul, Kana, Georgian, Armenian, Greek, Myanmar. */
    private static final int[] BLOCKS = {0x4E00, 0x0400, 0x0600, 0xAC00, 0x30A0, 0x10A0, 0x0530, 0x0370, 0x1000};

    @FuzzTest(maxDuration = "5s")
    void romanizesAnySequenceOfOtherScripts(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int base = BLOCKS[data.consumeInt(0, BLOCKS.length - 1)];
        int length = data.consumeInt(0, 1000);
        for (int i = 0; i < length && data.remainingBytes() > 0; i++) {
            text.append((char) (base + data.consumeInt(0, 0xFF)));
        }
        long start = System.nanoTime();
        List<Token> tokens = NameNormalizer.tokens(text.toString());
        assertThat(System.nanoTime() - start).isLessThan(MAX_NANOS);
        assertThat(tokens).hasSizeLessThanOrEqualTo(NameNormalizer.MAX_TOKENS);
        for (Token token : tokens) {
            assertThat(token.forms()).isNotEmpty().hasSizeLessThanOrEqualTo(Romanizer.MAX_VARIANTS);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void comparesAnyTwoEntries(FuzzedDataProvider data) {
        String a = data.consumeString(1000);
        String dob = data.consumeString(20);
        String b = data.consumeRemainingAsString();
        if (a.isBlank() || b.isBlank()) {
            return;
        }
        long start = System.nanoTime();
        Hit hit = NameIndex.compare(new Person("a", List.of(a), dob, null, null, List.of(dob)),
                new Person("b", List.of(b), null, null, null, List.of()));
        assertThat(System.nanoTime() - start).isLessThan(MAX_NANOS);
        assertThat(hit.score()).isBetween(0.0, 1.0);
    }
}
