package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisationTests {

    @Test
    void foldsVietnameseDiacriticsAndKeepsTheAccentedText() {
        assertThat(Names.texts("Nguyễn Thị Đào")).containsExactly("nguyễn", "thị", "đào");
        assertThat(Names.forms("Nguyễn Thị Đào")).containsExactly(
                java.util.List.of("nguyen"), java.util.List.of("thi"), java.util.List.of("dao"));
    }

    @Test
    void appliesNfkcAndCaseFolding() {
        assertThat(Names.texts("ＴＨＡＫＳＩＮ")).containsExactly("thaksin");
        assertThat(Names.texts("Ｎguyen")).containsExactly("nguyen");
    }

    @Test
    void marksTitlesHonorificsAndParticlesWeakInEveryScript() {
        assertThat(Names.weak("H.E. Mr. Hun Sen")).containsExactly(true, true, false, false);
        assertThat(Names.weak("ឯកឧត្តម ហ៊ុន ម៉ាណែត")).containsExactly(true, false, false);
        assertThat(Names.weak("លោកស្រី ប៊ុន រ៉ានី")).containsExactly(true, false, false);
        assertThat(Names.weak("ທ່ານ ທອງລຸນ ສີສຸລິດ")).containsExactly(true, false, false);
        assertThat(Names.weak("พล.ต.อ. สมชาย วงศ์สวัสดิ์")).containsExactly(true, false, false);
        assertThat(Names.weak("Nguyễn Thị Lan")).containsExactly(false, true, false);
        assertThat(Names.weak("Trần Văn Nam")).containsExactly(false, true, false);
    }

    @Test
    void reordersSurnameCommaGiven() {
        assertThat(Names.texts("SALEK, ABDULHAI")).containsExactly("abdulhai", "salek");
    }

    @Test
    void joinsHyphensAndApostrophesAndSplitsOtherPunctuation() {
        assertThat(Names.texts("Chan-o-cha")).containsExactly("chanocha");
        assertThat(Names.texts("MANSUR AL-SA’ADI")).containsExactly("mansur", "alsaadi");
        assertThat(Names.texts("Smith/Jones (Bob)")).containsExactly("smith", "jones", "bob");
    }

    @Test
    void splitsTokensWhereTheScriptChanges() {
        assertThat(Names.texts("Thaksinทักษิณ")).containsExactly("thaksin", "ทักษิณ");
    }

    @Test
    void boundsTheNumberOfTokensAndCharacters() {
        assertThat(NameNormalizer.tokens("a ".repeat(500))).hasSizeLessThanOrEqualTo(NameNormalizer.MAX_TOKENS);
        assertThat(NameNormalizer.tokens("")).isEmpty();
        assertThat(NameNormalizer.tokens(" ,.;- ")).isEmpty();
    }
}
