package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareTests {

    @Test
    void comparesTwoNamesInDifferentScriptsAndExplainsAsASearchHitDoes() {
        Hit hit = NameIndex.compare(Person.named("a", "ហ៊ុន សែន"), Person.named("b", "Hun Sen"));
        Hit searched = Names.indexOf("Hun Sen").search(Query.byName("ហ៊ុន សែន"), 1).getFirst();
        assertThat(hit.score()).isEqualTo(searched.score());
        assertThat(hit.explanation()).isEqualTo(searched.explanation());
        assertThat(hit.id()).isEqualTo("b");
    }

    @Test
    void twoNamesWithNothingInCommonScoreZeroAndSayWhy() {
        Hit hit = NameIndex.compare(Person.named("a", "Sok Dara"), Person.named("b", "Vladimir Putin"));
        assertThat(hit.score()).isLessThan(0.5);
        assertThat(hit.explanation().tokens()).isEmpty();
    }

    @Test
    void identifiersCountInAComparison() {
        Person a = new Person("a", List.of("Bill Carter"), "1978-11-12", null, null, List.of("N1234567"));
        Person b = new Person("b", List.of("William Carter"), "1978-11-12", null, null, List.of("N1234567"));
        assertThat(NameIndex.compare(a, b).score()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void theBestOfTheFirstEntrysNamesCounts() {
        Person a = new Person("a", List.of("Unrelated Name", "Mao Zedong"), null, null, null, List.of());
        assertThat(NameIndex.compare(a, Person.named("b", "毛泽东")).score()).isGreaterThan(0.9);
    }

    @Test
    void anEntryWithoutANameIsRefused() {
        assertThatThrownBy(() -> Person.named("a", "  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
