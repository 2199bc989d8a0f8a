package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScreeningTests {

    private final NameIndex index = Names.indexOf(Names.DISTRACTORS);

    @Test
    void matchesWhateverTheTokenOrder() {
        index.add(Person.named("un-1", "ABDULHAI SALEK"));
        Hit hit = index.search(Query.byName("Salek Abdulhai"), 1).getFirst();
        assertThat(hit.id()).isEqualTo("un-1");
        assertThat(hit.score()).isGreaterThan(0.95);
    }

    @Test
    void matchesAnInitialToTheNameItAbbreviates() {
        index.add(Person.named("un-2", "ABDUL SALAM BHUTTAVI"));
        Hit hit = index.search(Query.byName("A. Salam Bhuttavi"), 1).getFirst();
        assertThat(hit.id()).isEqualTo("un-2");
        assertThat(hit.explanation().tokens()).extracting(TokenMatch::kind).contains(MatchKind.INITIAL);
    }

    @Test
    void matchesAVietnameseNameWithoutItsDiacriticsAndSaysSo() {
        index.add(Person.named("vn-1", "Nguyễn Thị Hằng"));
        Hit hit = index.search(Query.byName("NGUYEN THI HANG"), 1).getFirst();
        assertThat(hit.id()).isEqualTo("vn-1");
        assertThat(hit.explanation().tokens()).extracting(TokenMatch::kind).contains(MatchKind.DIACRITIC_FOLDED);
    }

    @Test
    void explainsAFuzzyMatchWithItsEditDistanceAndUnmatchedTokens() {
        index.add(Person.named("un-3", "MOHAMMAD AZAM ELMI"));
        Hit hit = index.search(Query.byName("AZAM ELMII"), 1, 0.5).getFirst();
        assertThat(hit.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(MatchKind.FUZZY);
            assertThat(t.editDistance()).isEqualTo(1);
        });
        assertThat(hit.explanation().unmatchedEntryTokens()).containsExactly("mohammad");
        assertThat(hit.explanation().summary()).contains("elmii→elmi FUZZY");
    }

    @Test
    void scoresDatesOfBirthExactAboveTransposedAboveYearOnlyAboveDifferent() {
        assertThat(DateOfBirth.compare(DateOfBirth.parse("1965-04-03"), DateOfBirth.parse("19650403")))
                .isGreaterThan(DateOfBirth.compare(DateOfBirth.parse("1965-03-04"), DateOfBirth.parse("1965-04-03")));
        assertThat(DateOfBirth.compare(DateOfBirth.parse("1965-03-04"), DateOfBirth.parse("1965-04-03")))
                .isGreaterThan(DateOfBirth.compare(DateOfBirth.parse("1965"), DateOfBirth.parse("1965-04-03")) - 0.02);
        assertThat(DateOfBirth.compare(DateOfBirth.parse("1965"), DateOfBirth.parse("1965-04-03"))).isPositive();
        assertThat(DateOfBirth.compare(DateOfBirth.parse("1980-01-01"), DateOfBirth.parse("1965-04-03"))).isNegative();
        assertThat(DateOfBirth.compare(DateOfBirth.parse(null), DateOfBirth.parse("1965-04-03"))).isZero();
        assertThat(DateOfBirth.parse("03/04/1965")).isEqualTo(19650403);
    }

    @Test
    void ranksTheNamesakeWithTheSameDateOfBirthFirst() {
        index.add(new Person("a", List.of("Sok Dara"), "1970-01-01", "KH", Gender.MALE, List.of()));
        index.add(new Person("b", List.of("Sok Dara"), "1985-06-30", "KH", Gender.MALE, List.of()));
        List<Hit> hits = index.search(new Query("SOK DARA", "1985-06-30", "KH", Gender.MALE, List.of()), 2);
        assertThat(hits).extracting(Hit::id).containsExactly("b", "a");
        assertThat(hits.getFirst().explanation().dateOfBirth()).isPositive();
    }

    @Test
    void comparesDocumentNumbersThroughOcrConfusionsAndCheckDigits() {
        assertThat(Documents.canonical("L898902C3")).isEqualTo("L898902C");
        assertThat(Documents.compare(new String[] {"N0123456"}, new String[] {"NO123456"})).isEqualTo(Documents.SAME_NUMBER);
        assertThat(Documents.compare(new String[] {"AB123456"}, new String[] {"AB123456"})).isGreaterThan(Documents.SAME_NUMBER);
        assertThat(Documents.compare(new String[] {"AB123456"}, new String[] {"ZZ999999"})).isNegative();
    }

    @Test
    void aMatchingDocumentAndDateOfBirthOutweighADifferentSpelling() {
        index.add(new Person("p", List.of("Chanthavong Keo"), "1980-02-03", null, null, List.of("P1234567")));
        Hit hit = index.search(new Query("Keo Chantavong", "1980-02-03", null, null, List.of("P1234567")), 1).getFirst();
        assertThat(hit.id()).isEqualTo("p");
        assertThat(hit.score()).isGreaterThanOrEqualTo(HitScorer.CORROBORATED);
    }

    @Test
    void findsTheHolderOfTheQuerysDocumentNumberUnderAnotherName() {
        index.add(new Person("d", List.of("Kylee Stephenson"), "1946-11-01", null, null, List.of("P4783085")));
        Hit hit = index.search(new Query("Sachin Turale", "1946-11-01", null, null, List.of("P4783085")), 1).getFirst();
        assertThat(hit.id()).isEqualTo("d");
        assertThat(hit.score()).isGreaterThanOrEqualTo(HitScorer.CORROBORATED);
        assertThat(index.remove("d")).isTrue();
        assertThat(index.search(new Query("Sachin Turale", "1946-11-01", null, null, List.of("P4783085")), 1)).isEmpty();
    }

    @Test
    void aMatchingDocumentAndHalfTheNameOutweighADifferentDateOfBirth() {
        index.add(new Person("m", List.of("Madison Dixon"), "1922-06-09", null, null, List.of("7161189")));
        Hit hit = index.search(new Query("Kylie Dixon", "1900-04-04", null, null, List.of("7161189")), 1).getFirst();
        assertThat(hit.id()).isEqualTo("m");
        assertThat(hit.score()).isGreaterThanOrEqualTo(HitScorer.PARTLY_CORROBORATED);
        Explanation why = hit.explanation();
        assertThat(why.identifiers()).isPositive();
        assertThat(why.nameScore() + why.dateOfBirth() + why.documents() + why.identifiers()).isCloseTo(hit.score(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(why.summary()).contains("identifiers together +");
    }

    @Test
    void aNamesakeWithAnotherDateOfBirthAndOtherDocumentsIsNoAlert() {
        index.add(new Person("r", List.of("Samuel Ryan"), "1960-06-15", null, null, List.of("2877050")));
        Query namesake = new Query("Samuel Ryan", "1983-06-13", null, null, List.of("5653742"));
        assertThat(index.search(namesake, 1)).isEmpty();
        Hit hit = index.search(namesake, 1, 0.0).getFirst();
        assertThat(hit.explanation().nameScore()).isEqualTo(1.0);
        assertThat(hit.explanation().identifiers()).isEqualTo(-HitScorer.CONTRADICTED,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(hit.score()).isLessThan(NameIndex.DEFAULT_THRESHOLD);
        assertThat(index.search(new Query("Samuel Ryan", "1983-06-13", null, null, List.of()), 1)).isNotEmpty();
    }

    @Test
    void dropsHitsBelowTheThreshold() {
        assertThat(index.search(Query.byName("Completely Different Person"), 10)).isEmpty();
        assertThat(index.search(Query.byName("Completely Different Person"), 10, 0.0)).isNotEmpty();
    }

    @Test
    void replacesRemovesAndBuildsFromAStream() {
        NameIndex built = NameIndex.of(Stream.of(Person.named("x", "Sam Rainsy"), Person.named("y", "Kem Sokha")));
        assertThat(built.size()).isEqualTo(2);
        built.add(Person.named("x", "Sar Kheng"));
        assertThat(built.size()).isEqualTo(2);
        assertThat(built.search(Query.byName("Sam Rainsy"), 5)).isEmpty();
        assertThat(built.remove("y")).isTrue();
        assertThat(built.remove("y")).isFalse();
        assertThat(built.search(Query.byName("Kem Sokha"), 5)).isEmpty();
        assertThat(built.search(Query.byName("Sar Kheng"), 5)).extracting(Hit::id).containsExactly("x");
    }

    @Test
    void rejectsInvalidInput() {
        assertThatThrownBy(() -> Person.named(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Person("a", List.of(), null, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.search(Query.byName("x"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
