package org.liaison.screening;

import java.time.LocalDate;
import java.util.List;

/** Alerts for tests: fictional people, documents and vehicles. */
public final class AlertMother {

    private AlertMother() {
    }

    /** A Lao-script arrest warrant with its romanization left for the node to suggest. */
    static AlertDraft laoWarrant(String laoName) {
        return new AlertDraft(AlertSubject.PERSON, NoticeType.WANTED_FOR_ARREST, laoName, null, null, "1984-03-17", "LA",
                Gender.MALE, "P2084417", null, "Methamphetamine shipments along Route 13", "Detain and report the hit",
                LocalDate.now().plusYears(1), null, List.of());
    }

    public static AlertDraft person(String latinName) {
        return new AlertDraft(AlertSubject.PERSON, NoticeType.PERSON_OF_INTEREST, null, latinName, null, null, null, null,
                null, null, "Courier for a smuggling ring", "Report date and crossing", null, null, List.of());
    }

    public static AlertDraft stolenPassport(String number) {
        return new AlertDraft(AlertSubject.DOCUMENT, NoticeType.STOLEN_DOCUMENT, null, null, null, null, null, null, null,
                number, "Blank booklet stolen", "Seize the document", null, null, List.of());
    }

    static Traveller traveller(String name, String dateOfBirth, String nationality) {
        return new Traveller(name, dateOfBirth, nationality, null, null, null, "Dong Kralor", null);
    }
}
