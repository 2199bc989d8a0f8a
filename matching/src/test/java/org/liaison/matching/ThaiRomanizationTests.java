package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThaiRomanizationTests {

    @Test
    void romanizesThaksinShinawatraInRtgsAndFindsThePassportSpelling() {
        assertThat(Names.forms("ทักษิณ ชินวัตร").get(0)).contains("thaksin");
        assertThat(Names.forms("ทักษิณ ชินวัตร").get(1)).contains("chinwat", "shinwat", "chinawat");
        NameIndex index = Names.indexOf(withDistractors("Thaksin Shinawatra"));
        List<Hit> hits = index.search(Query.byName("ทักษิณ ชินวัตร"), 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().name()).isEqualTo("Thaksin Shinawatra");
        assertThat(hits.getFirst().explanation().tokens()).extracting(TokenMatch::kind)
                .containsOnly(MatchKind.ROMANIZED_FROM_THAI);
    }

    @Test
    void silencesLettersUnderThanthakhatAndIgnoresToneMarks() {
        assertThat(Names.forms("ประยุทธ์ จันทร์โอชา").get(0).getFirst()).isEqualTo("prayut");
        assertThat(Names.forms("ประยุทธ์ จันทร์โอชา").get(1).getFirst()).isEqualTo("chanocha");
        assertThat(Names.forms("ศักดิ์").get(0).getFirst()).isEqualTo("sak");
    }

    @Test
    void matchesHyphenatedPassportSpellingOfChanOCha() {
        NameIndex index = Names.indexOf(withDistractors("Prayut Chan-o-cha"));
        assertThat(index.search(Query.byName("ประยุทธ์ จันทร์โอชา"), 1).getFirst().name()).isEqualTo("Prayut Chan-o-cha");
    }

    @Test
    void readsLeadingVowelsBeforeTheirConsonant() {
        assertThat(Names.forms("เปรม").get(0).getFirst()).isEqualTo("prem");
        assertThat(Names.forms("ไทย").get(0).getFirst()).isEqualTo("thai");
        assertThat(Names.forms("เศรษฐา").get(0)).contains("settha", "srettha");
    }

    @Test
    void readsUnwrittenVowelsAndFinalConsonants() {
        assertThat(Names.forms("สมชาย").get(0).getFirst()).isEqualTo("somchai");
        assertThat(Names.forms("ภูมิพล").get(0)).contains("phumiphon", "bhumiphon", "phumiphol");
        assertThat(Names.forms("วงศ์สวัสดิ์").get(0).getFirst()).isEqualTo("wongsawat");
    }

    @Test
    void splitsTitleFusedToTheGivenName() {
        assertThat(Names.texts("นายสมชาย วงศ์สวัสดิ์")).containsExactly("นาย", "สมชาย", "วงศ์สวัสดิ์");
        assertThat(Names.weak("นายสมชาย วงศ์สวัสดิ์")).containsExactly(true, false, false);
    }

    @Test
    void boundsTheNumberOfVariants() {
        assertThat(Names.forms("ทีปังกรรัศมีโชติ").get(0)).hasSizeBetween(1, Romanizer.MAX_VARIANTS);
    }

    private static String[] withDistractors(String name) {
        String[] all = java.util.Arrays.copyOf(Names.DISTRACTORS, Names.DISTRACTORS.length + 1);
        all[all.length - 1] = name;
        return all;
    }

    @Test
    void keepsAToneMarkedInitialOutOfAClusterAndRejoinsSaraAm() {
        assertThat(Names.forms("แก้ว").getFirst().getFirst()).isEqualTo("kaeo");
        assertThat(Names.forms("แกว่ง").getFirst().getFirst()).isEqualTo("kwaeng");
        assertThat(Names.forms("คำ").getFirst().getFirst()).isEqualTo("kham");
    }
}
