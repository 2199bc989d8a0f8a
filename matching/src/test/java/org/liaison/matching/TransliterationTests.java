package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTests {

    private static final String[] WATCHLIST = {
        "Mao Zedong", "Xi Jinping", "Vladimir Putin", "Nikita Khrushchev", "Kim Jong Un", "Park Geun-hye",
        "Eduard Shevardnadze", "Nikol Pashinyan", "Alexis Tsipras", "Aung San Suu Kyi", "Min Aung Hlaing",
        "Muammar Gaddafi", "Yamada Taro", "Hassan Ali", "Mohamed Salah"
    };

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "毛泽东, Mao Zedong", "习近平, Xi Jinping", "Владимир Путин, Vladimir Putin",
        "Никита Хрущёв, Nikita Khrushchev", "김정은, Kim Jong Un", "박근혜, Park Geun-hye",
        "ედუარდ შევარდნაძე, Eduard Shevardnadze", "Նիկոլ Փաշինյան, Nikol Pashinyan",
        "Αλέξης Τσίπρας, Alexis Tsipras", "အောင်ဆန်းစုကြည်, Aung San Suu Kyi", "ヤマダ タロウ, Yamada Taro",
        "معمر القذافي, Muammar Gaddafi", "محمد صلاح, Mohamed Salah"
    })
    void findsTheLatinSpellingOfANameWrittenInAnotherScript(String native_, String latin) {
        NameIndex index = Names.indexOf(concat(WATCHLIST, Names.DISTRACTORS));
        List<Hit> hits = index.search(Query.byName(native_), 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().name()).isEqualTo(latin);
    }

    @Test
    void theExplanationNamesTheTransliterationUsed() {
        Hit hit = Names.indexOf("Mao Zedong").search(Query.byName("毛泽东"), 1).getFirst();
        assertThat(hit.explanation().tokens()).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(MatchKind.TRANSLITERATED);
            assertThat(t.transliteration()).isEqualTo("Han-Latin/Names; Latin-ASCII");
        });
        assertThat(hit.explanation().summary()).contains("via Han-Latin/Names");
    }

    @Test
    void aChineseNameSplitsIntoFamilyAndGivenName() {
        assertThat(Names.forms("毛泽东")).containsExactly(List.of("mao"), List.of("zedong"));
        assertThat(Names.forms("欧阳修文")).containsExactly(List.of("ouyang"), List.of("xiuwen"));
    }

    @Test
    void aMyanmarNameSplitsIntoSyllablesWithTheirConventionalSpellingFirst() {
        assertThat(Names.forms("အောင်ဆန်းစုကြည်").stream().map(List::getFirst))
                .containsExactly("aung", "san", "su", "kyi");
    }

    @Test
    void theKhmerLaoAndThaiRomanizersStayTheLibrarysOwn() {
        Hit hit = Names.indexOf("Hun Sen").search(Query.byName("ហ៊ុន សែន"), 1).getFirst();
        assertThat(hit.explanation().tokens()).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(MatchKind.ROMANIZED_FROM_KHMER);
            assertThat(t.transliteration()).isEmpty();
        });
    }

    @Test
    void anArabicNameMeetsItsSpellingsByConsonantSkeleton() {
        assertThat(Transliteration.abjadSkeleton("qadhafi")).isEqualTo(Transliteration.abjadSkeleton("gaddafi"));
        assertThat(Transliteration.abjadSkeleton("mhmd")).isEqualTo(Transliteration.abjadSkeleton("muhammad"));
        assertThat(Names.weak("معمر القذافي")).containsExactly(false, true, false);
    }

    @Test
    void everyTransliteratorCanBeCreated() {
        assertThat(Transliteration.ids()).hasSize(Transliteration.System.values().length);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
