package org.liaison.border;

import org.liaison.documents.Mrz;

/** Passport zones (TD3) with every check digit computed, for holders the tests invent. */
final class MrzMother {

    private MrzMother() {
    }

    static String passport(String surname, String given, String number, String nationality, String birth, char sex,
                           String expiry) {
        var first = pad("P<" + nationality + surname + "<<" + given.replace(' ', '<'), 44);
        var doc = pad(number, 9);
        var personal = pad("", 14);
        var second = doc + Mrz.checkDigit(doc) + nationality + birth + Mrz.checkDigit(birth) + sex + expiry
                + Mrz.checkDigit(expiry) + personal + Mrz.checkDigit(personal);
        var composite = second.substring(0, 10) + second.substring(13, 20) + second.substring(21, 43);
        return first + "\n" + second + Mrz.checkDigit(composite);
    }

    private static String pad(String text, int length) {
        return (text + "<".repeat(length)).substring(0, length);
    }
}
