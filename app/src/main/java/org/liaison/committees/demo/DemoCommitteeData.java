package org.liaison.committees.demo;

import static org.liaison.agreements.MeetingForm.IN_PERSON;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.CommitteeDraft;
import org.liaison.committees.CommitteeKind;
import org.liaison.committees.Participant;

/**
 * The committees, meetings, decisions and commitments of the five seed press releases. Only what the
 * articles say is recorded; where a demo needs more (a done or overdue status, an exact day) the record
 * says so in its own words. Every item carries a fixed key, so loading twice adds nothing.
 */
final class DemoCommitteeData {

    record Item(String key, String text, CooperationArea area, @Nullable String agreement, List<String> owners,
                String indicators, LocalDate due, CommitmentStatus status, @Nullable LocalDate completedOn,
                @Nullable String note) {
    }

    record DecisionSeed(String text, List<Item> items) {
    }

    record MeetingSeed(String key, @Nullable Integer sequence, LocalDate from, LocalDate to, boolean approximate,
                       String place, MeetingForm form, List<Participant> participants, List<String> agenda,
                       String minutes, List<DecisionSeed> decisions) {
    }

    record Seed(String key, CommitteeDraft committee, List<MeetingSeed> meetings, List<Item> agreementItems) {
    }

    private static final String DEMO_DONE = "Demo data: recorded as done so the review shows a completed item; "
            + "the seed article reports the undertaking only.";

    private DemoCommitteeData() {
    }

    static final List<Seed> ALL = List.of(
            new Seed("kh-la-jc", new CommitteeDraft(CommitteeKind.BILATERAL_COOPERATION,
                    "Cambodia–Laos Joint Committee on Bilateral Cooperation",
                    "គណៈកម្មការចម្រុះកម្ពុជា-ឡាវ ស្តីពីកិច្ចសហប្រតិបត្តិការទ្វេភាគី", null, "km", List.of("KH", "LA"),
                    List.of("KH-LA-DTA-2024", "KH-LA-CULT-2024", "KH-LA-AGRI-2024")),
                    List.of(new MeetingSeed("kh-la-jc-15", 15, LocalDate.of(2025, 11, 26), LocalDate.of(2025, 11, 28),
                            false, "Vientiane", IN_PERSON,
                            List.of(new Participant("KH", "Prak Sokhonn", "ប្រាក់ សុខុន",
                                    "Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation", true)),
                            List.of("Preparatory meeting of senior officials (26 November)",
                                    "Review of progress across the sectors of cooperation",
                                    "Implementation of the agreements signed during the official visit of December 2024"),
                            "Held in Vientiane after a preparatory meeting of senior officials on 26 November. Both sides "
                                    + "reaffirmed their bilateral ties, noted steady progress across multiple sectors and their "
                                    + "commitment to a long-term strategic partnership. (Lao co-chair not named in the source.)",
                            List.of())),
                    List.of()),
            new Seed("kh-la-jbc", new CommitteeDraft(CommitteeKind.BORDER, "Cambodia–Laos Joint Border Committee",
                    "គណៈកម្មាធិការព្រំដែនរួមកម្ពុជា-ឡាវ", null, "km", List.of("KH", "LA"), List.of()),
                    List.of(), List.of()),
            DemoSeeds.SECURITY_REVIEW,
            DemoSeeds.PROSECUTORS,
            DemoSeeds.PRISON_COOPERATION,
            DemoSeeds.KH_VN);

    /** The seeds a node of {@code country} keeps: KH everything, LA the KH–LA items, VN the KH–VN items. */
    static List<Seed> forCountry(String country) {
        return ALL.stream().filter(seed -> seed.committee().partyList().stream()
                .anyMatch(party -> Party.of(party).country().equals(country))).toList();
    }

    static Item done(String key, String text, CooperationArea area, @Nullable String agreement, List<String> owners,
                     String indicators, LocalDate due, LocalDate completed) {
        return new Item(key, text, area, agreement, owners, indicators, due, CommitmentStatus.DONE, completed, DEMO_DONE);
    }

    static Item open(String key, String text, CooperationArea area, @Nullable String agreement, List<String> owners,
                     String indicators, LocalDate due, CommitmentStatus status) {
        return new Item(key, text, area, agreement, owners, indicators, due, status, null, null);
    }
}
