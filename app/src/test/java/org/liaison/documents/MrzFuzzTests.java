package org.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text gives a reading, never an exception: a document or a typed reason with its detail. Under plain
 * {@code mvn test} (and so in CI) Jazzer replays the stored inputs and a run of generated ones; with
 * {@code JAZZER_FUZZ=1} it fuzzes for the given duration.
 */
class MrzFuzzTests {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    @FuzzTest(maxDuration = "10s")
    void readsOrRefusesAnyTextWithAReason(FuzzedDataProvider data) {
        var reading = Mrz.read(data.consumeRemainingAsString());

        switch (reading) {
            case MrzReading.Read read -> assertThat(read.document().surname()).doesNotContain("<");
            case MrzReading.Refused refused -> assertThat(refused.text()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readsEveryZoneOfAFormatsShapeAndCode(FuzzedDataProvider data) {
        var format = MrzFormat.values()[data.consumeInt(0, MrzFormat.values().length - 1)];
        var code = switch (format) {
            case TD3 -> 'P';
            case MRV_A, MRV_B -> 'V';
            case TD1, TD2 -> "ACI".charAt(data.consumeInt(0, 2));
        };
        var text = new StringBuilder().append(code);
        for (int i = 1; i < format.lines() * format.length(); i++) {
            if (i % format.length() == 0) {
                text.append('\n');
            }
            text.append(ALPHABET.charAt(data.consumeInt(0, ALPHABET.length() - 1)));
        }
        var reading = Mrz.read(text.toString());

        assertThat(reading).isInstanceOfSatisfying(MrzReading.Read.class, read -> {
            assertThat(read.document().format()).isEqualTo(format);
            assertThat(read.document().documentNumber()).doesNotContain("<");
            assertThat(read.document().problems()).allSatisfy(p -> assertThat(p.text()).isNotBlank());
        });
    }
}
