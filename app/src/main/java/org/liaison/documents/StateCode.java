package org.liaison.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An issuing-state or nationality code of a zone (ICAO 9303 part 3, 5): an ISO 3166 alpha-3 code, or one of
 * ICAO's special codes: {@code D} for Germany, the five classes of British nationals, United Nations officials,
 * stateless persons and refugees, the European Union and some international organisations.
 *
 * @param code the code as written, fillers removed ({@code D}, {@code KHM}, {@code XXA})
 * @param kind what the code stands for
 * @param country the ISO 3166 alpha-2 code of the state it belongs to, or null for no state
 */
public record StateCode(String code, Kind kind, @Nullable String country) {

    /** What a code stands for. */
    public enum Kind {
        /** A state by its ISO 3166 code, or Germany by {@code D}. */
        STATE,
        /** A British national other than a citizen ({@code GBD}, {@code GBN}, {@code GBO}, {@code GBP}, {@code GBS}). */
        BRITISH_NATIONAL,
        /** An official of the United Nations or a specialised agency, or a UNMIK resident ({@code UNO}, {@code UNA}, {@code UNK}). */
        UNITED_NATIONS,
        /** A stateless person under the 1954 Convention ({@code XXA}). */
        STATELESS,
        /** A refugee under the 1951 Convention ({@code XXB}) or otherwise ({@code XXC}). */
        REFUGEE,
        /** Nationality not specified ({@code XXX}). */
        UNSPECIFIED,
        /** An international organisation issuing documents ({@code EUE}, {@code XPO}, {@code XOM}). */
        ORGANISATION,
        /** Utopia ({@code UTO}), the fictitious state of ICAO's specimens: no real document carries it. */
        SPECIMEN,
        /** A code nobody defined: reported as a problem. */
        UNKNOWN
    }

    private static final Map<String, String> ISO = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(c -> Locale.of("", c).getISO3Country(), c -> c, (a, b) -> a));

    private static final Map<String, StateCode> SPECIAL = Map.ofEntries(
            special("D", Kind.STATE, "DE"),
            special("GBD", Kind.BRITISH_NATIONAL, "GB"), special("GBN", Kind.BRITISH_NATIONAL, "GB"),
            special("GBO", Kind.BRITISH_NATIONAL, "GB"), special("GBP", Kind.BRITISH_NATIONAL, "GB"),
            special("GBS", Kind.BRITISH_NATIONAL, "GB"),
            special("UNO", Kind.UNITED_NATIONS, null), special("UNA", Kind.UNITED_NATIONS, null),
            special("UNK", Kind.UNITED_NATIONS, null),
            special("XXA", Kind.STATELESS, null), special("XXB", Kind.REFUGEE, null),
            special("XXC", Kind.REFUGEE, null), special("XXX", Kind.UNSPECIFIED, null),
            special("EUE", Kind.ORGANISATION, null), special("XPO", Kind.ORGANISATION, null),
            special("XOM", Kind.ORGANISATION, null), special("UTO", Kind.SPECIMEN, null));

    private static Map.Entry<String, StateCode> special(String code, Kind kind, @Nullable String country) {
        return Map.entry(code, new StateCode(code, kind, country));
    }

    /** The code of a zone's three characters (or of a code typed without fillers). */
    public static StateCode of(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        var code = field.substring(0, end);
        var special = SPECIAL.get(code);
        if (special != null) {
            return special;
        }
        var country = ISO.get(code);
        return new StateCode(code, country == null ? Kind.UNKNOWN : Kind.STATE, country);
    }

    /** The ISO 3166 alpha-2 code of an alpha-3 code or ICAO special code of a state (KHM and D give KH and DE), or null. */
    public static @Nullable String alpha2(String alpha3) {
        return of(alpha3.toUpperCase(Locale.ROOT)).country();
    }

    public boolean known() {
        return kind != Kind.UNKNOWN;
    }
}
