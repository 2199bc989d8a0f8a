package org.liaison.bench.border;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.Gender;
import org.liaison.screening.MrzNote;
import org.liaison.screening.MrzNote.Field;
import org.liaison.shared.InvalidInput;

/**
 * The baseline of the MRZ benchmark: screening's reader before issue 18 (regular expressions, TD1/TD2/TD3 only),
 * kept verbatim but for its exceptions. Reads the machine-readable zone of a travel document as pasted from a reader or typed (ICAO Doc 9303:
 * TD3 passports, 2 lines of 44; TD2, 2 of 36; TD1 identity cards, 3 of 30). Check digits are verified and
 * failures reported rather than refused, since an officer may still want to screen the name; text that is
 * no MRZ at all is refused with what was expected.
 */
final class LegacyMrz {

    public static final int MAX_LENGTH = 200;
    private static final Map<String, String> ALPHA2 = java.util.Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(c -> Locale.of("", c).getISO3Country(), c -> c, (a, b) -> a));

    private LegacyMrz() {
    }

    public static MrzData parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("an MRZ has at most 90 characters");
        }
        var lines = text.toUpperCase(Locale.ROOT).lines().map(l -> l.replaceAll("\\s", "")).filter(l -> !l.isEmpty())
                .toList();
        var shape = lines.stream().map(l -> String.valueOf(l.length())).collect(Collectors.joining("+"));
        if (lines.stream().anyMatch(l -> !l.matches("[A-Z0-9<]+"))) {
            throw new InvalidInput("an MRZ holds only letters, digits and '<'");
        }
        return switch (shape) {
            case "44+44" -> twoLines(lines.get(0).substring(5), lines.get(1), lines.get(0).substring(2, 5));
            case "36+36" -> twoLines(lines.get(0).substring(5), lines.get(1), lines.get(0).substring(2, 5));
            case "30+30+30" -> identityCard(lines);
            default -> throw new InvalidInput("an MRZ has 2 lines of 44, 2 of 36 or 3 of 30");
        };
    }

    private static MrzData twoLines(String name, String second, String issuer) {
        var problems = new ArrayList<MrzNote>();
        var number = field(second, 0, 9, second.charAt(9), Field.DOCUMENT_NUMBER, problems);
        var birth = date(field(second, 13, 19, second.charAt(19), Field.DATE_OF_BIRTH, problems), Field.DATE_OF_BIRTH, problems);
        var expiry = date(field(second, 21, 27, second.charAt(27), Field.EXPIRY_DATE, problems), Field.EXPIRY_DATE, problems);
        var composite = second.substring(0, 10) + second.substring(13, 20) + second.substring(21, second.length() - 1);
        check(composite, second.charAt(second.length() - 1), Field.COMPOSITE, problems);
        return data(name, number, second.substring(10, 13), issuer, birth, second.charAt(20), expiry, problems);
    }

    private static MrzData identityCard(List<String> lines) {
        var first = lines.get(0);
        var second = lines.get(1);
        var problems = new ArrayList<MrzNote>();
        var number = field(first, 5, 14, first.charAt(14), Field.DOCUMENT_NUMBER, problems);
        var birth = date(field(second, 0, 6, second.charAt(6), Field.DATE_OF_BIRTH, problems), Field.DATE_OF_BIRTH, problems);
        var expiry = date(field(second, 8, 14, second.charAt(14), Field.EXPIRY_DATE, problems), Field.EXPIRY_DATE, problems);
        check(first.substring(5, 30) + second.substring(0, 7) + second.substring(8, 15) + second.substring(18, 29),
                second.charAt(29), Field.COMPOSITE, problems);
        return data(lines.get(2), number, second.substring(15, 18), first.substring(2, 5), birth, second.charAt(7),
                expiry, problems);
    }

    private static MrzData data(String name, String number, String nationality, String issuer,
                                @Nullable LocalDate birth, char sex, @Nullable LocalDate expiry, List<MrzNote> problems) {
        var parts = name.split("<<", 2);
        var surname = parts[0].replace('<', ' ').strip();
        var given = parts.length > 1 ? parts[1].replace('<', ' ').strip().replaceAll(" +", " ") : "";
        return new MrzData(surname, given, number.replace("<", ""), country(nationality), country(issuer),
                birth, Gender.ofMrz(sex), expiry, List.copyOf(problems));
    }

    private static String field(String line, int from, int to, char digit, Field what, List<MrzNote> problems) {
        var value = line.substring(from, to);
        check(value, digit, what, problems);
        return value;
    }

    private static void check(String value, char digit, Field what, List<MrzNote> problems) {
        if (digit != '<' || !value.replace("<", "").isEmpty()) {
            if (digit < '0' || digit > '9' || checkDigit(value) != digit - '0') {
                problems.add(new MrzNote(MrzNote.Code.CHECK_DIGIT, what, value));
            }
        }
    }

    /** ICAO 9303 part 3: digits as they are, A=10..Z=35, filler 0, weights 7 3 1 repeating, modulo 10. */
    static int checkDigit(String value) {
        int sum = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * new int[] { 7, 3, 1 }[i % 3];
        }
        return sum % 10;
    }

    private static @Nullable LocalDate date(String yymmdd, Field field, List<MrzNote> problems) {
        var past = field == Field.DATE_OF_BIRTH;
        if (!yymmdd.matches("[0-9]{6}")) {
            return null;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int thisYear = LocalDate.now().getYear() % 100;
        int century = past ? (yy > thisYear ? 1900 : 2000) : (yy > thisYear + 20 ? 1900 : 2000);
        try {
            return LocalDate.of(century + yy, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4)));
        } catch (java.time.DateTimeException e) {
            problems.add(new MrzNote(MrzNote.Code.NO_SUCH_DATE, field, yymmdd));
            return null;
        }
    }

    private static @Nullable String country(String alpha3) {
        return alpha2(alpha3.replace("<", ""));
    }

    /** The ISO 3166 alpha-2 code of an alpha-3 code (KHM gives KH), or null. */
    public static @Nullable String alpha2(String alpha3) {
        return ALPHA2.get(alpha3.toUpperCase(Locale.ROOT));
    }

    /**
     * What the zone says. Names are in the MRZ's Latin transliteration; {@code problems} lists failed check
     * digits and impossible dates.
     */
    public record MrzData(String surname, String givenNames, String documentNumber, @Nullable String nationality,
                          @Nullable String issuingState, @Nullable LocalDate dateOfBirth, @Nullable Gender gender,
                          @Nullable LocalDate expiry, List<MrzNote> problems) {

        public String name() {
            return (givenNames + " " + surname).strip();
        }
    }
}
