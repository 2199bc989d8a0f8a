package org.liaison.screening.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.liaison.shared.InvalidInput;

/**
 * Arbitrary text pasted as an MRZ: it is read or refused as invalid input, never another exception, and
 * quickly. Under plain {@code mvn test} Jazzer replays the stored inputs; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class MrzFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void readsOrRefusesAnyText(FuzzedDataProvider data) {
        var text = data.consumeRemainingAsString();
        long start = System.nanoTime();
        try {
            var parsed = Mrz.parse(text);
            assertThat(parsed.problems()).hasSizeLessThanOrEqualTo(6);
        } catch (InvalidInput expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnyZoneOfTheRightShape(FuzzedDataProvider data) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
        int[] shape = switch (data.consumeInt(0, 2)) {
            case 0 -> new int[] { 44, 44 };
            case 1 -> new int[] { 36, 36 };
            default -> new int[] { 30, 30, 30 };
        };
        var text = new StringBuilder(shape[0] == 44 ? "P" : "I");
        for (int length : shape) {
            for (int i = text.length() == 1 ? 1 : 0; i < length; i++) {
                text.append(alphabet.charAt(data.consumeInt(0, alphabet.length() - 1)));
            }
            text.append('\n');
        }
        var parsed = Mrz.parse(text.toString());
        assertThat(parsed.surname()).doesNotContain("<");
    }
}
