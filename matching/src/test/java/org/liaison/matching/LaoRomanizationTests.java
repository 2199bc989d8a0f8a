package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaoRomanizationTests {

    @Test
    void romanizesThonglounSisoulithWithFrenchBasedVowels() {
        List<List<String>> forms = Names.forms("ທອງລຸນ ສີສຸລິດ");
        assertThat(forms.get(0).getFirst()).isEqualTo("thongloun");
        assertThat(forms.get(1)).contains("sisoulit");
        assertThat(top("ທອງລຸນ ສີສຸລິດ", "Thongloun Sisoulith")).isEqualTo("Thongloun Sisoulith");
    }

    @Test
    void readsXoSoAsXAndFinalNoAsNe() {
        assertThat(Names.forms("ສອນໄຊ ສີພັນດອນ").get(0)).contains("sonexai", "sonxay");
        assertThat(Names.forms("ສອນໄຊ ສີພັນດອນ").get(1)).contains("siphandone");
        assertThat(top("ສອນໄຊ ສີພັນດອນ", "Sonexay Siphandone")).isEqualTo("Sonexay Siphandone");
    }

    @Test
    void readsNyoAsNhAndVoAsV() {
        assertThat(Names.forms("ບຸນຍັງ ວໍລະຈິດ").get(0)).contains("bounnhang");
        assertThat(Names.forms("ບຸນຍັງ ວໍລະຈິດ").get(1)).contains("vorachit");
    }

    @Test
    void readsSaraAmAfterNfkcSplitItAsAm() {
        assertThat(Names.forms("ທອງຄຳ").getFirst().getFirst()).isEqualTo("thongkham");
        assertThat(Names.forms("ຄຳແພງ").getFirst()).contains("khamphaeng");
    }

    @Test
    void readsWoAfterAToneMarkedInitialAsTheFinalO() {
        assertThat(Names.forms("ແກ້ວວົງສາ").getFirst()).contains("keovongsa", "kaeovongsa");
        assertThat(Names.forms("ແກ້ວມະນີ").getFirst()).contains("keomani");
        assertThat(Names.forms("ກວາງ").getFirst().getFirst()).isEqualTo("kwang");
    }

    @Test
    void readsMaiKanAfterALeadVowelAsAShortE() {
        assertThat(Names.forms("ເພັດ").getFirst().getFirst()).isEqualTo("phet");
    }

    @Test
    void explainsALatinMatchOfALaoScriptAlert() {
        NameIndex index = new NameIndex();
        index.add(Person.named("la-1", "ທອງລຸນ ສີສຸລິດ"));
        Hit hit = index.search(Query.byName("THONGLOUN SISOULITH"), 1).getFirst();
        assertThat(hit.id()).isEqualTo("la-1");
        assertThat(hit.explanation().tokens()).extracting(TokenMatch::kind).containsOnly(MatchKind.ROMANIZED_FROM_LAO);
        assertThat(hit.explanation().tokens()).extracting(TokenMatch::entryToken).containsExactly("ທອງລຸນ", "ສີສຸລິດ");
    }

    @Test
    void findsAOneWordNativeNameWrittenAsTwoLatinNames() {
        assertThat(top("ສຸວັນນະພູມາ", "Souvanna Phouma")).isEqualTo("Souvanna Phouma");
    }

    private static String top(String query, String name) {
        String[] all = Arrays.copyOf(Names.DISTRACTORS, Names.DISTRACTORS.length + 1);
        all[all.length - 1] = name;
        List<Hit> hits = Names.indexOf(all).search(Query.byName(query), 1);
        return hits.isEmpty() ? "" : hits.getFirst().name();
    }
}
