package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.directory.Agency;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyType;
import org.springframework.context.i18n.LocaleContextHolder;

class NamesTests {

    private final Names names = new Names();
    private final Agency police = new Agency(AgencyId.of("LA/MPS"), "LA", AgencyType.values()[0], "Ministry of Public Security",
            "ກະຊວງປ້ອງກັນຄວາມສະຫງົບ", "Kasuang Pongkan Khuam Sangob", "MPS", null);

    @AfterEach
    void forget() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesCountriesInThePagesLanguage() {
        assertThat(in("km").country("LA")).isEqualTo("ឡាវ");
        assertThat(in("lo").country("KH")).isEqualTo("ກຳປູເຈຍ");
        assertThat(in("vi").country("VN")).isEqualTo("Việt Nam");
        assertThat(in("en").country("TH")).isEqualTo("Thailand");
        assertThat(in("en").country(null)).isEqualTo("—");
    }

    @Test
    void namesAnAgencyInThePagesLanguageWhereTheDirectoryHasItElseInItsOwnScript() {
        assertThat(in("lo").agency(police)).isEqualTo("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ");
        assertThat(in("en").agency(police)).isEqualTo("Ministry of Public Security");
        assertThat(in("km").agency(police)).isEqualTo("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ");
    }

    private Names in(String language) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        return names;
    }
}
