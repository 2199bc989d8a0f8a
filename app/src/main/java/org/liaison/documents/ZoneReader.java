package org.liaison.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.documents.MrzProblem.Field;
import org.liaison.documents.MrzProblem.Kind;

/**
 * The fields of one zone of a known format, by the positions of ICAO 9303 parts 4 to 7. The zone is its lines
 * joined; {@code a} is where the line with the document number, dates and nationality starts.
 */
final class ZoneReader {

    private final String zone;
    private final MrzFormat format;
    private final int thisYear;
    private final List<MrzProblem> problems = new ArrayList<>(2);

    ZoneReader(String zone, MrzFormat format, int thisYear) {
        this.zone = zone;
        this.format = format;
        this.thisYear = thisYear;
    }

    MrzDocument read() {
        return format == MrzFormat.TD1 ? identityCard() : twoLines();
    }

    private MrzDocument twoLines() {
        int n = format.length();
        int a = n;
        var optional = zone.substring(a + 28, format == MrzFormat.TD3 ? a + 42 : format.hasComposite() ? 2 * n - 1 : 2 * n);
        var number = documentNumber(a, a + 9, a + 9, optional);
        if (format == MrzFormat.TD3) {
            check(a + 28, a + 42, zone.charAt(a + 42), Field.OPTIONAL_DATA);
        }
        if (format.hasComposite()) {
            int sum = CheckDigits.sum(zone, a, a + 10, 0) + CheckDigits.sum(zone, a + 13, a + 20, 10)
                    + CheckDigits.sum(zone, a + 21, 2 * n - 1, 17);
            composite(sum, zone.charAt(2 * n - 1), a, 2 * n);
        }
        return document(5, n, number, a + 10, a + 13, a + 20, a + 21, afterNumber(optional, number), "");
    }

    private MrzDocument identityCard() {
        int a = 30;
        var number = documentNumber(5, 14, 14, zone.substring(15, 30));
        int sum = CheckDigits.sum(zone, 5, 30, 0) + CheckDigits.sum(zone, a, a + 7, 25)
                + CheckDigits.sum(zone, a + 8, a + 15, 32) + CheckDigits.sum(zone, a + 18, a + 29, 39);
        composite(sum, zone.charAt(a + 29), 5, a + 30);
        return document(60, 90, number, a + 15, a, a + 7, a + 8, afterNumber(zone.substring(15, 30), number),
                zone.substring(a + 18, a + 29));
    }

    private MrzDocument document(int nameFrom, int nameTo, String number, int nationality, int birth, int sex,
                                 int expiry, String optional, String optional2) {
        var issuer = code(zone.substring(2, 5), Field.ISSUING_STATE);
        var holder = code(zone.substring(nationality, nationality + 3), Field.NATIONALITY);
        var name = MrzName.of(zone, nameFrom, nameTo);
        if (!name.lettersOnly()) {
            problems.add(new MrzProblem(Kind.INVALID_CHARACTERS, Field.NAME, zone.substring(nameFrom, nameTo)));
        }
        check(birth, birth + 6, zone.charAt(birth + 6), Field.DATE_OF_BIRTH);
        check(expiry, expiry + 6, zone.charAt(expiry + 6), Field.EXPIRY_DATE);
        var sexCode = Sex.of(zone.charAt(sex));
        if (sexCode == null) {
            problems.add(new MrzProblem(Kind.INVALID_CHARACTERS, Field.SEX, String.valueOf(zone.charAt(sex))));
        }
        return new MrzDocument(format, fillerless(zone.substring(0, 2)), issuer, name.surname(), name.given(),
                name.truncated(), number, holder, date(birth, Field.DATE_OF_BIRTH), sexCode,
                date(expiry, Field.EXPIRY_DATE), fillerless(optional), fillerless(optional2), problems);
    }

    /**
     * The document number; one longer than nine characters (TD1, TD2) has a filler for check digit and goes on in
     * the optional data up to its own check digit (ICAO 9303 part 5, 4.2.4, note j).
     */
    private String documentNumber(int from, int to, int digit, String optional) {
        boolean mayBeLong = format == MrzFormat.TD1 || format == MrzFormat.TD2;
        if (!mayBeLong || zone.charAt(digit) != '<' || optional.charAt(0) == '<') {
            check(from, to, zone.charAt(digit), Field.DOCUMENT_NUMBER);
            return fillerless(zone.substring(from, to));
        }
        int end = optional.indexOf('<');
        var extension = end < 0 ? optional : optional.substring(0, end);
        var full = zone.substring(from, to) + extension.substring(0, extension.length() - 1);
        if (!CheckDigits.verifies(full, 0, full.length(), extension.charAt(extension.length() - 1))) {
            problems.add(new MrzProblem(Kind.CHECK_DIGIT, Field.DOCUMENT_NUMBER, full));
        }
        return fillerless(full);
    }

    /** The optional data after a long document number's extension and check digit, or all of it. */
    private static String afterNumber(String optional, String number) {
        if (number.length() <= 9) {
            return optional;
        }
        int end = optional.indexOf('<');
        return end < 0 ? "" : optional.substring(end);
    }

    private void check(int from, int to, char digit, Field field) {
        if (!CheckDigits.verifies(zone, from, to, digit)) {
            problems.add(new MrzProblem(Kind.CHECK_DIGIT, field, zone.substring(from, to)));
        }
    }

    private void composite(int sum, char digit, int from, int to) {
        if (digit < '0' || digit > '9' || sum % 10 != digit - '0') {
            problems.add(new MrzProblem(Kind.CHECK_DIGIT, Field.COMPOSITE, zone.substring(from, to)));
        }
    }

    private StateCode code(String field, Field which) {
        var code = StateCode.of(field);
        if (!code.known()) {
            problems.add(new MrzProblem(Kind.UNKNOWN_CODE, which, field));
        }
        return code;
    }

    /** A YYMMDD date; births lie in the past, expiry dates within 50 years of {@code thisYear}. */
    private @Nullable LocalDate date(int from, Field field) {
        int[] digits = new int[6];
        boolean unknown = true;
        for (int i = 0; i < 6; i++) {
            char c = zone.charAt(from + i);
            unknown &= c == '<';
            digits[i] = c >= '0' && c <= '9' ? c - '0' : -100;
        }
        int yy = digits[0] * 10 + digits[1];
        int month = digits[2] * 10 + digits[3];
        int day = digits[4] * 10 + digits[5];
        if (unknown) {
            return null;
        }
        int year = thisYear / 100 * 100 + yy;
        if (field == Field.DATE_OF_BIRTH ? year > thisYear : year > thisYear + 50) {
            year -= 100;
        } else if (field == Field.EXPIRY_DATE && year < thisYear - 50) {
            year += 100;
        }
        if (yy < 0 || month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            problems.add(new MrzProblem(Kind.NO_SUCH_DATE, field, zone.substring(from, from + 6)));
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    static String fillerless(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end).replace('<', ' ').strip();
    }
}
