package org.liaison.directory.demo;

import java.util.List;
import java.util.UUID;

import org.liaison.directory.ContactKind;
import org.liaison.directory.ContactPointDraft;
import org.liaison.directory.demo.DemoDirectory.DemoContactPoint;

/** The demo's contact points: fictional numbers and unroutable addresses only. */
final class DemoContactPoints {

    static final List<DemoContactPoint> ALL = List.of(
            demo(1, "KH/MOI/NP", "National Police 24/7 desk (demo)", ContactKind.DESK_24_7, "km,en", "24/7"),
            demo(2, "KH/MOI/GDP", "Prisons duty office (demo)", ContactKind.DUTY_OFFICE, "km,en", "Mon–Fri 07:30–17:00"),
            demo(3, "KH/SPO", "Prosecution liaison officer (demo)", ContactKind.LIAISON_OFFICER, "km,en,fr",
                    "Mon–Fri 08:00–17:00"),
            demo(4, "LA/MPS", "Public Security 24/7 desk (demo)", ContactKind.DESK_24_7, "lo,en", "24/7"),
            demo(5, "LA/MPS/PRI", "Prisons duty office (demo)", ContactKind.DUTY_OFFICE, "lo,en", "Mon–Fri 08:00–16:00"),
            demo(6, "LA/SPPO", "Prosecution liaison officer (demo)", ContactKind.LIAISON_OFFICER, "lo,en",
                    "Mon–Fri 08:00–16:00"),
            demo(7, "VN/MPS", "Public Security 24/7 desk (demo)", ContactKind.DESK_24_7, "vi,en", "24/7"),
            demo(8, "VN/MND/BG", "Border Guard duty office (demo)", ContactKind.DUTY_OFFICE, "vi,en", "24/7"),
            demo(9, "VN/SPP", "Procuracy liaison officer (demo)", ContactKind.LIAISON_OFFICER, "vi,en",
                    "Mon–Fri 07:30–16:30"));

    private DemoContactPoints() {
    }

    private static DemoContactPoint demo(int n, String agency, String name, ContactKind kind, String languages,
                                         String hours) {
        var id = UUID.fromString("00000000-0000-4000-8000-0000000000%02d".formatted(n));
        var mailbox = agency.toLowerCase(java.util.Locale.ROOT).replace('/', '-');
        var draft = new ContactPointDraft(agency, name, kind, "+000 000 0000 %03d".formatted(n),
                mailbox + "@example.invalid", languages, hours);
        return new DemoContactPoint(id, draft);
    }
}
