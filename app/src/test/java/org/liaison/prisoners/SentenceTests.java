package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.liaison.shared.InvalidInput;

/** Sentence arithmetic, table-driven: leap years, month ends, remission, remand. */
class SentenceTests {

    @ParameterizedTest(name = "{0} + {1}y{2}m{3}d, remission {4}m{5}d, remand {6}d -> release {7}")
    @CsvSource({
            // start,     y, m, d, remission m, d, remand, release
            "2020-01-10,  5, 0, 0, 0, 0,   0, 2025-01-10",
            // 29 February: the anniversary in a common year is the day after 28 February
            "2024-02-29,  1, 0, 0, 0, 0,   0, 2025-03-01",
            // ... and 29 February again four years later
            "2024-02-29,  4, 0, 0, 0, 0,   0, 2028-02-29",
            // a month without the 31st: the term runs to its end, release the day after
            "2023-01-31,  0, 1, 0, 0, 0,   0, 2023-03-01",
            // a leap February holds one day more
            "2024-01-31,  0, 1, 0, 0, 0,   0, 2024-03-01",
            // days after months, without losing the clamped day
            "2023-01-31,  0, 1, 1, 0, 0,   0, 2023-03-02",
            // remission counted back from the full term, then remand
            "2020-06-01,  3, 0, 0, 6, 0,   0, 2022-12-01",
            "2020-06-01,  3, 0, 0, 6, 0,  30, 2022-11-01",
            // remand across a leap day: 2024-03-01 minus 1 day is 29 February
            "2022-03-01,  2, 0, 0, 0, 0,   1, 2024-02-29",
            // remand longer than the sentence frees on the day of judgment
            "2024-05-01,  0, 6, 0, 0, 0, 400, 2024-05-01",
    })
    void releaseDate(LocalDate start, int years, int months, int days, int remissionMonths, int remissionDays,
                     int remand, LocalDate release) {
        var sentence = Sentence.of(start, Period.of(years, months, days))
                .withRemission(Period.of(0, remissionMonths, remissionDays)).withRemand(remand);
        assertThat(sentence.releaseOn()).isEqualTo(release);
    }

    @Test
    void remainingTermIsCountedFromTheDayAskedToTheRelease() {
        var sentence = Sentence.of(LocalDate.of(2021, 4, 14), Period.ofYears(3));
        var remaining = sentence.remainingOn(LocalDate.of(2023, 2, 14));
        assertThat(remaining.period()).isEqualTo(Period.of(1, 2, 0));
        assertThat(remaining.days()).isEqualTo(425);
    }

    @Test
    void nothingRemainsOnOrAfterTheReleaseDate() {
        var sentence = Sentence.of(LocalDate.of(2020, 1, 1), Period.ofYears(1));
        assertThat(sentence.remainingOn(LocalDate.of(2021, 1, 1))).isEqualTo(Term.NONE);
        assertThat(sentence.remainingOn(LocalDate.of(2030, 1, 1)).over()).isTrue();
    }

    @Test
    void beforeTheStartTheWholeTermRemains() {
        var sentence = Sentence.of(LocalDate.of(2024, 1, 1), Period.ofYears(1));
        assertThat(sentence.remainingOn(LocalDate.of(2023, 6, 1)).days()).isEqualTo(366);
    }

    @Test
    void timeServedIncludesRemandAndStopsAtRelease() {
        var sentence = Sentence.of(LocalDate.of(2024, 1, 1), Period.ofMonths(2)).withRemand(10);
        assertThat(sentence.releaseOn()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(sentence.servedOn(LocalDate.of(2024, 1, 31))).isEqualTo(40);
        assertThat(sentence.servedOn(LocalDate.of(2025, 1, 1))).isEqualTo(10 + 50);
    }

    @Test
    void theMinimumLeftCountsWholeCalendarMonths() {
        var sentence = Sentence.of(LocalDate.of(2020, 1, 1), Period.ofYears(4));   // release 2024-01-01
        assertThat(sentence.atLeastLeftOn(LocalDate.of(2023, 7, 1), 6)).isTrue();
        assertThat(sentence.atLeastLeftOn(LocalDate.of(2023, 7, 2), 6)).isFalse();
        assertThat(sentence.atLeastLeftOn(LocalDate.of(2024, 1, 1), 0)).isFalse();
    }

    @Test
    void refusesASentenceOfNoLengthANegativeCreditOrAFineWithoutCurrency() {
        var start = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> Sentence.of(start, Period.ZERO)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Sentence.of(start, Period.ofYears(1)).withRemand(-1)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Sentence(start, Period.ofYears(1), Period.ZERO, 0, BigDecimal.TEN, null))
                .isInstanceOf(InvalidInput.class);
    }
}
