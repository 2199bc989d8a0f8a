package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrganisationTests {

    private static NameIndex organisations(String... names) {
        NameIndex index = new NameIndex();
        for (int i = 0; i < names.length; i++) {
            index.add(Person.organisation(Integer.toString(i), names[i]));
        }
        return index;
    }

    @Test
    void legalFormsCompareEqualInAnyOfTheirSpellings() {
        NameIndex index = organisations("Golden Lotus Company Limited");
        Hit hit = index.search(Query.organisation("Golden Lotus Co., Ltd."), 1).getFirst();
        assertThat(hit.score()).isGreaterThan(0.95);
    }

    @Test
    void aLegalFormIsNotANameToken() {
        assertThat(Named.of("Angkor Rice GmbH", null, LegalForms.builtIn()).kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(Named.of("Angkor Rice GmbH", null, LegalForms.builtIn()).tokens()).last()
                .satisfies(t -> assertThat(t.weak()).isTrue());
        assertThat(Named.of("ООО Ромашка", EntityKind.ORGANISATION, LegalForms.builtIn()).tokens().getFirst().text())
                .isEqualTo("ooo");
    }

    @Test
    void dottedInitialsMeetTheAcronym() {
        NameIndex index = organisations("KTV Holdings Co.", "KTB Trading Ltd");
        List<Hit> hits = index.search(Query.organisation("K.T.V. Holdings"), 2);
        assertThat(hits.getFirst().id()).isEqualTo("0");
        assertThat(hits.getFirst().score()).isGreaterThan(0.9);
    }

    @Test
    void genericWordsWeighLittleSoDifferentCompaniesSharingThemDoNotMatch() {
        NameIndex index = organisations("Golden Sun Trading Group");
        assertThat(index.search(Query.organisation("Golden Star Trading"), 1)).isEmpty();
    }

    @Test
    void wordsCommonInTheIndexWeighLessThanRareOnes() {
        NameIndex index = new NameIndex();
        IntStream.range(0, 300).forEach(i -> index.add(Person.organisation("m" + i, "Mekhala Firm" + i)));
        index.add(Person.organisation("x", "Sokhapheap Mekhala Vattanak"));
        double common = index.search(Query.organisation("Mekhala Vattanak"), 400, 0).stream()
                .filter(h -> h.id().equals("x")).findFirst().orElseThrow().score();
        double rare = index.search(Query.organisation("Sokhapheap Vattanak"), 400, 0).stream()
                .filter(h -> h.id().equals("x")).findFirst().orElseThrow().score();
        assertThat(rare).isGreaterThan(common);
    }

    @Test
    void anOrganisationQueryIsNotAnsweredByAPerson() {
        NameIndex index = new NameIndex();
        index.add(Person.named("p", "Sok Dara"));
        index.add(Person.organisation("o", "Sok Dara"));
        assertThat(index.search(Query.organisation("Sok Dara"), 5)).extracting(Hit::id).containsExactly("o");
        assertThat(index.search(Query.byName("Sok Dara"), 5)).extracting(Hit::id).contains("p", "o");
    }

    @Test
    void thePersonScoringIsUnchangedForAPersonNameEndingInAShortLegalForm() {
        assertThat(Named.of("Nguyen Van Sa", null, LegalForms.builtIn()).kind()).isEqualTo(EntityKind.PERSON);
        assertThat(Names.indexOf("Nguyen Van Sa").search(Query.byName("Nguyen Van Sa"), 1).getFirst().score())
                .isCloseTo(1.0, within(0.01));
    }

    @Test
    void theFullLexiconCanBeReadFromTheSharedData() throws Exception {
        Path types = Path.of("../../shared/data/orgtypes/types.yml");
        if (!Files.exists(types)) {
            types = Path.of("../shared/data/orgtypes/types.yml");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(types), "shared data not present");
        LegalForms forms = LegalForms.builtInAnd(types);
        assertThat(forms.size()).isGreaterThan(LegalForms.builtIn().size() + 500);
        assertThat(Named.of("Vostok Aktsionernoye Obshchestvo", null, forms).kind()).isEqualTo(EntityKind.ORGANISATION);
    }
}
