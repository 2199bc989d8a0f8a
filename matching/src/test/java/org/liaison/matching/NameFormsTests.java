package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nicknames, honorifics in every form, patronymic order, subset names, weak tokens. */
class NameFormsTests {

    private static double score(String entry, String query) {
        List<Hit> hits = Names.indexOf(entry).search(Query.byName(query), 1, 0);
        return hits.isEmpty() ? 0 : hits.getFirst().score();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"William Carter, Bill Carter", "James Hollis, Jim Hollis", "Elizabeth Moran, Liz Moran",
        "Mohammed Rashid Karim, Mohd Rashid Karim", "Mohd Najib Razak, Muhammad Najib Razak"})
    void aNicknameStandsForItsGivenName(String entry, String query) {
        assertThat(score(entry, query)).isGreaterThanOrEqualTo(NameIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void theExplanationSaysANicknameMatched() {
        Hit hit = Names.indexOf("William Carter").search(Query.byName("Bill Carter"), 1).getFirst();
        assertThat(hit.explanation().tokens()).extracting(TokenMatch::kind).contains(MatchKind.NICKNAME);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"Prayut Chan-o-cha, พลเอกประยุทธ์ จันทร์โอชา", "Prayut Chan-o-cha, พลเอก ประยุทธ์ จันทร์โอชา",
        "Thongloun Sisoulith, ທ່ານທອງລຸນ ສີສຸລິດ", "Srettha Thavisin, คุณเศรษฐา ทวีสิน",
        "Hun Sen, សម្តេច ហ៊ុន សែន", "Nguyen Van Hai, Ông Nguyễn Văn Hải", "Hun Sen, H.E. Hun Sen",
        "Somyot Poompanmoung, Pol. Gen. Somyot Poompanmoung", "Prayut Chan-o-cha, Gen. Prayut Chan-o-cha"})
    void anHonorificOrRankInAnyFormWeighsLittle(String entry, String query) {
        assertThat(score(entry, query)).isGreaterThanOrEqualTo(NameIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void aReversedPatronymicChainIsAnotherPerson() {
        assertThat(score("Ali bin Hassan", "Hassan bin Ali")).isLessThan(NameIndex.DEFAULT_THRESHOLD);
        assertThat(score("Ali bin Hassan", "Ali bin Hassan")).isGreaterThan(0.95);
        assertThat(score("Salek Abdulhai", "Abdulhai Salek")).isGreaterThan(0.95);
    }

    @Test
    void twoNamesAgainstTheSamePersonsFullNameScoreFairly() {
        assertThat(score("Abdul Rahman Yasin Al-Khatib Hamdan", "Abdul Rahman Hamdan"))
                .isGreaterThanOrEqualTo(NameIndex.DEFAULT_THRESHOLD);
        assertThat(score("Mohammed Nazir Bin Lep", "Nazir Lep")).isGreaterThanOrEqualTo(NameIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void aWeakTokenFindsCandidatesWhenTheOtherTokenHasATypo() {
        NameIndex index = Names.indexOf(Names.DISTRACTORS);
        index.add(Person.named("x", "Sao Boualapha"));
        assertThat(index.search(Query.byName("Sao Boulaphaa"), 5, 0.5)).extracting(Hit::id).contains("x");
    }

    @Test
    void theEnglishLexiconCanBeAddedFromTheSharedData() throws Exception {
        Path csv = Path.of("../../shared/data/names/nicknames/names.csv");
        if (!Files.exists(csv)) {
            csv = Path.of("../shared/data/names/nicknames/names.csv");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(csv), "shared data not present");
        int before = Nicknames.size();
        Nicknames.addFrom(csv);
        assertThat(Nicknames.size()).isGreaterThan(before + 500);
        assertThat(score("Margaret Oduya", "Peggy Oduya")).isGreaterThanOrEqualTo(NameIndex.DEFAULT_THRESHOLD);
    }
}
