package org.liaison.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How each language of the interface writes a day and a time. Chosen by hand from CLDR's month names rather than
 * CLDR's medium styles, which give English a 12-hour clock, Khmer "PM" in Latin letters and Vietnamese the time
 * before the day; officers read 24-hour times everywhere in the region.
 */
record DateStyle(DateTimeFormatter date, DateTimeFormatter dateTime, DateTimeFormatter time) {

    private static final DateStyle ENGLISH = of("d MMM yyyy", "d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateStyle KHMER = of("d MMMM yyyy", "d MMMM yyyy 'ម៉ោង' HH:mm", Locale.forLanguageTag("km"));
    private static final DateStyle LAO = of("d MMMM yyyy", "d MMMM yyyy 'ເວລາ' HH:mm", Locale.forLanguageTag("lo"));
    private static final DateStyle VIETNAMESE = of("dd/MM/yyyy", "dd/MM/yyyy HH:mm", Locale.forLanguageTag("vi"));

    static DateStyle of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "km" -> KHMER;
            case "lo" -> LAO;
            case "vi" -> VIETNAMESE;
            default -> ENGLISH;
        };
    }

    private static DateStyle of(String date, String dateTime, Locale locale) {
        return new DateStyle(DateTimeFormatter.ofPattern(date, locale), DateTimeFormatter.ofPattern(dateTime, locale),
                DateTimeFormatter.ofPattern("HH:mm", locale));
    }
}
