package org.liaison.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.Agency;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of countries and agencies in the page's language, for filters and drop-downs
 * ({@code ${@names.country('LA')}}, {@code ${@names.agency(a)}}). Country names come from the JDK's CLDR data,
 * which has them in all four languages; agency names from the directory, which keeps an English name and one in
 * the country's own script.
 */
@Component("names")
public class Names {

    /** "Laos", "ឡាវ", "ລາວ", "Lào"; the code itself when it is not a country. */
    public String country(@Nullable String code) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            return code == null ? When.NOTHING : code;
        }
        var name = Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /**
     * The agency's name in the page's language where the directory has it (English, or the country's own script
     * for its own language); otherwise its name in its own script. Pages show the agency's code beside it.
     */
    public String agency(Agency agency) {
        var language = LocaleContextHolder.getLocale().getLanguage();
        if (language.equals(agency.nativeLanguage()) && agency.nativeName() != null) {
            return agency.nativeName();
        }
        if (language.equals("en") || agency.nativeName() == null) {
            return agency.name();
        }
        return agency.nativeName();
    }
}
