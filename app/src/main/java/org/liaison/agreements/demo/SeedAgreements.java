package org.liaison.agreements.demo;

import static org.liaison.agreements.AgreementStatus.EXPIRED;
import static org.liaison.agreements.AgreementStatus.IN_FORCE;
import static org.liaison.agreements.AgreementStatus.RENEWED;
import static org.liaison.agreements.AgreementStatus.SIGNED;
import static org.liaison.agreements.DataCategory.*;
import static org.liaison.agreements.Purpose.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementField;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.LinkKind;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.SharingClause;
import org.liaison.agreements.Signatory;
import org.liaison.agreements.SignatoryRole;
import org.liaison.agreements.demo.DemoAgreements.Link;
import org.liaison.agreements.demo.DemoAgreements.Step;

/**
 * The instruments of the five seed articles, recording only what the articles say. Every fact the demo needs and
 * no article states (a day of signing, entry into force, clause numbers, the yearly renewal of the security MoU)
 * is named in the record's own summary after {@link #ASSUMED}, so the agreement page shows it, not only this code.
 */
final class SeedAgreements {

    private static final String PHNOM_PENH = "Asia/Phnom_Penh";

    /** How a record's summary introduces what the demo assumed; the agreement page shows the summary. */
    static final String ASSUMED = "Assumed for the demo: ";

    /** Seed 000: signed on December 5 of a year the article leaves out; 2023 by its tenses (see the summary). */
    static final String PRISON_MOU = "KH-LA-PRISON-2023";
    private static final LocalDate PRISON_SIGNING = LocalDate.of(2023, 12, 5);

    private SeedAgreements() {
    }

    /** An instrument as the demo registers it; {@code assumed} names the fields no article states. */
    record Seed(AgreementDraft draft, List<Signatory> signatories, List<SharingClause> clauses, List<Step> lifecycle,
                Set<AgreementField> assumed) {
    }

    static List<Seed> all() {
        return List.of(security2022(), security2026(), prisons(), prosecutors(), taxation(), culture(), agriculture(),
                vietnam());
    }

    static List<Link> links() {
        return List.of(new Link(AgreementId.of("KH-LA-SEC-2026"), LinkKind.RENEWS, AgreementId.of("KH-LA-SEC-2022")));
    }

    private static Seed security2022() {
        var draft = draft("KH-LA-SEC-2022", AgreementKind.MOU, "MoU on security cooperation for 2022",
                "អនុស្សរណៈនៃការយោគយល់គ្នាស្តីពីកិច្ចសហប្រតិបត្តិការសន្តិសុខ ឆ្នាំ២០២២", false,
                List.of("KH/MOI", "LA/MPS"), null, null, MeetingForm.VIRTUAL, null, null, 2022,
                Set.of(CooperationArea.SECURITY, CooperationArea.DRUG_TRAFFICKING, CooperationArea.BORDER_MANAGEMENT,
                        CooperationArea.SMUGGLING, CooperationArea.ILLEGAL_LOGGING, CooperationArea.WILDLIFE_CRIME,
                        CooperationArea.LAWFUL_TRANSIT),
                "Signed at a virtual meeting of the two ministers, which also evaluated cooperation in 2020–21: "
                        + "suppress drug trafficking and widen information exchange along the border; control the "
                        + "border against smuggling, deforestation and poaching; facilitate lawful transit for trade, "
                        + "tourism, medical visits, family visits and ceremonies.\n" + ASSUMED + "the signing and entry into force "
                        + "on 1 January 2022 (the article gives no day), the clause numbers and their data categories.");
        return new Seed(draft, ministers(), securityClauses(),
                List.of(new Step(SIGNED, LocalDate.of(2022, 1, 1), "signed at the virtual meeting"),
                        new Step(IN_FORCE, LocalDate.of(2022, 1, 1), "for the year 2022"),
                        new Step(EXPIRED, LocalDate.of(2022, 12, 31), "the year it covers ended"),
                        new Step(RENEWED, LocalDate.of(2022, 12, 31), "renewed year by year")),
                Set.of(AgreementField.CLAUSES, AgreementField.LIFECYCLE));
    }

    private static Seed security2026() {
        var draft = draft("KH-LA-SEC-2026", AgreementKind.MOU, "MoU on security cooperation for 2026",
                "អនុស្សរណៈនៃការយោគយល់គ្នាស្តីពីកិច្ចសហប្រតិបត្តិការសន្តិសុខ ឆ្នាំ២០២៦", false,
                List.of("KH/MOI", "LA/MPS"), LocalDate.of(2026, 1, 15), "Vientiane", MeetingForm.IN_PERSON, null,
                null, 2026, Set.of(CooperationArea.SECURITY, CooperationArea.DRUG_TRAFFICKING,
                        CooperationArea.BORDER_MANAGEMENT, CooperationArea.SMUGGLING, CooperationArea.LAWFUL_TRANSIT),
                ASSUMED + "the whole record — a yearly renewal of the 2022 MoU with the same sharing clauses, signed "
                        + "in Vientiane on 15 January 2026, so that the demo federation has a security agreement in force "
                        + "today. No seed article reports it.");
        return new Seed(draft, List.of(), securityClauses(),
                List.of(new Step(SIGNED, LocalDate.of(2026, 1, 15), "signed"),
                        new Step(IN_FORCE, LocalDate.of(2026, 1, 15), "for the year 2026")),
                Set.of(AgreementField.RECORD));
    }

    private static List<Signatory> ministers() {
        return List.of(
                new Signatory(Party.of("KH/MOI"), SignatoryRole.SIGNATORY, "Sar Kheng", "ស ខេង",
                        "Deputy Prime Minister, Minister of Interior"),
                new Signatory(Party.of("LA/MPS"), SignatoryRole.SIGNATORY, "Vilay Lakhamfong", "ວິໄລ ຫຼ້າຄຳຟອງ",
                        "Minister of Public Security"));
    }

    private static List<SharingClause> securityClauses() {
        return List.of(
                clause("2.1", "KH/MOI", "LA/MPS", Set.of(DRUG_TRAFFICKING_INFORMATION, DRUG_SEIZURE_REPORT, CASE_SUMMARY),
                        Set.of(INVESTIGATION, CRIME_PREVENTION, JOINT_OPERATION), HandlingCode.AMBER, 730,
                        "Information exchange to suppress drug trafficking along the border"),
                clause("2.2", "KH/MOI", "LA/MPS", Set.of(BORDER_INCIDENT, SMUGGLING_REPORT, ENVIRONMENTAL_CRIME_REPORT),
                        Set.of(BORDER_MANAGEMENT, CRIME_PREVENTION, INVESTIGATION), HandlingCode.GREEN, 365,
                        "Cross-border crime: smuggling, deforestation, poaching"),
                clause("3.1", "KH/MOI", "LA/MPS", Set.of(PERSON_OF_INTEREST, ALERT, HIT_NOTIFICATION, GENERAL_CORRESPONDENCE),
                        Set.of(BORDER_MANAGEMENT, INVESTIGATION, CRIME_PREVENTION), HandlingCode.AMBER_STRICT, 365,
                        "Alerts and hits at the border checkpoints"),
                clause("4.1", "KH/MOI", "LA/MPS", Set.of(CROSSING_STATISTICS, BORDER_PASS_VERIFICATION),
                        Set.of(LAWFUL_TRANSIT, STATISTICS, COOPERATION_REVIEW), HandlingCode.GREEN, 365,
                        "Lawful transit: trade, tourism, medical and family visits, ceremonies"));
    }

    private static Seed prisons() {
        var draft = draft(PRISON_MOU, AgreementKind.MOU, "MoU on prison cooperation", null, false,
                List.of("KH/MOI/GDP", "LA/MPS/PRI"), PRISON_SIGNING, "Phnom Penh", MeetingForm.IN_PERSON,
                PRISON_SIGNING, null, null, Set.of(CooperationArea.PRISONS),
                "Signed on December 5 in Phnom Penh between the General Department of Prisons and the Lao prison "
                        + "officials, witnessed by Chhorn Sanath and his Lao counterpart Sumlith Daohungsuli.\n" + ASSUMED
                        + "the year 2023 — the article gives none, but calls Hun Sen the then-Prime Minister and tells "
                        + "of his February 13–14 visit and the April 2023 returns as past events; entry into force on "
                        + "signature; clause 3 and its data categories.");
        var witnesses = List.of(
                new Signatory(Party.of("KH/MOI/GDP"), SignatoryRole.WITNESS, "Chhorn Sanath", null,
                        "Director-General, General Department of Prisons"),
                new Signatory(Party.of("LA/MPS/PRI"), SignatoryRole.WITNESS, "Sumlith Daohungsuli", null,
                        "Lao counterpart of the Director-General"));
        var clauses = List.of(clause("3", "KH/MOI/GDP", "LA/MPS/PRI", Set.of(PRISONER_RECORD, TRANSFER_STEP, GENERAL_CORRESPONDENCE),
                Set.of(PRISONER_TRANSFER), HandlingCode.AMBER_STRICT, 3650, "Prisoner records for transfers home"));
        return new Seed(draft, witnesses, clauses, List.of(new Step(SIGNED, PRISON_SIGNING, "signed"),
                new Step(IN_FORCE, PRISON_SIGNING, "on signature (assumed for the demo)")),
                Set.of(AgreementField.SIGNED_ON, AgreementField.VALIDITY, AgreementField.CLAUSES));
    }

    private static Seed prosecutors() {
        var draft = draft("KH-LA-PROS-2024", AgreementKind.MOU,
                "MoU between the Supreme Prosecutor's Offices on combating transnational crime", null, false,
                List.of("KH/SPO", "LA/SPPO"), null, null, null, LocalDate.of(2024, 1, 1), null, null,
                Set.of(CooperationArea.PROSECUTION, CooperationArea.DRUG_TRAFFICKING, CooperationArea.CAPACITY_BUILDING),
                "Signed between the two sides in 2024; its implementation was the ground of the first meeting of "
                        + "the two offices in Vientiane on 15 July 2025.\n" + ASSUMED + "the day of signing and entry "
                        + "into force (1 January 2024; the article gives only the year), clause 5 and its data categories.");
        var clauses = List.of(clause("5", "KH/SPO", "LA/SPPO", Set.of(CASE_SUMMARY, LEGAL_ASSISTANCE_REQUEST, DRUG_TRAFFICKING_INFORMATION, GENERAL_CORRESPONDENCE),
                Set.of(PROSECUTION, INVESTIGATION, CAPACITY_BUILDING), HandlingCode.AMBER_STRICT, 1825,
                "Information exchange on transnational drug cases"));
        return new Seed(draft, List.of(), clauses, List.of(new Step(SIGNED, LocalDate.of(2024, 1, 1), "signed (day assumed)"),
                new Step(IN_FORCE, LocalDate.of(2024, 1, 1), "on signature (assumed for the demo)")),
                Set.of(AgreementField.VALIDITY, AgreementField.CLAUSES, AgreementField.LIFECYCLE));
    }

    private static Seed taxation() {
        var draft = draft("KH-LA-DTA-2024", AgreementKind.AGREEMENT,
                "Agreement for the avoidance of double taxation and the prevention of tax evasion", null, false,
                List.of("KH", "LA"), LocalDate.of(2024, 12, 5), "Phnom Penh", MeetingForm.IN_PERSON, null, null, null,
                Set.of(CooperationArea.TAXATION), "Its signing was witnessed by the two prime ministers during the "
                        + "official visit of Prime Minister Sonexay Siphandone, 4–5 December 2024.\n" + ASSUMED
                        + "the day of signing (5 December; the article gives the visit's two days).");
        var signed = List.of(new Signatory(Party.of("KH"), SignatoryRole.WITNESS, "Hun Manet", "ហ៊ុន ម៉ាណែត",
                "Prime Minister of Cambodia"), new Signatory(Party.of("LA"), SignatoryRole.WITNESS,
                "Sonexay Siphandone", "ສອນໄຊ ສີພັນດອນ", "Prime Minister of the Lao PDR"));
        return new Seed(draft, signed, List.of(), List.of(new Step(SIGNED, LocalDate.of(2024, 12, 5), "signed")),
                Set.of(AgreementField.SIGNED_ON));
    }

    private static Seed culture() {
        return stateMou("KH-LA-CULT-2024", "MoU on cultural and arts cooperation", CooperationArea.CULTURE);
    }

    private static Seed agriculture() {
        return stateMou("KH-LA-AGRI-2024", "MoU on agricultural cooperation", CooperationArea.AGRICULTURE);
    }

    private static Seed stateMou(String id, String title, CooperationArea area) {
        var draft = draft(id, AgreementKind.MOU, title, null, false, List.of("KH", "LA"), LocalDate.of(2024, 12, 5),
                "Phnom Penh", MeetingForm.IN_PERSON, LocalDate.of(2024, 12, 5), null, null, Set.of(area),
                "Its signing was witnessed by the two prime ministers during the official visit of Prime Minister "
                        + "Sonexay Siphandone, 4–5 December 2024.\n" + ASSUMED + "the day of signing (5 December) and "
                        + "entry into force on signature.");
        return new Seed(draft, List.of(), List.of(), List.of(new Step(SIGNED, LocalDate.of(2024, 12, 5), "signed"),
                new Step(IN_FORCE, LocalDate.of(2024, 12, 5), "on signature")),
                Set.of(AgreementField.SIGNED_ON, AgreementField.VALIDITY));
    }

    private static Seed vietnam() {
        var draft = draft("KH-VN-SEC-2023", AgreementKind.AGREEMENT,
                "Existing security cooperation frameworks between the Ministry of Interior and the Ministry of Public Security",
                "Các khuôn khổ hợp tác an ninh hiện có giữa Bộ Nội vụ Campuchia và Bộ Công an Việt Nam", false,
                List.of("KH/MOI", "VN/MPS"), null, null, null, LocalDate.of(2023, 3, 4), null, null,
                Set.of(CooperationArea.SECURITY, CooperationArea.BORDER_MANAGEMENT),
                "The bilateral cooperative frameworks of the two ministries — \"agreements and memoranda of "
                        + "understanding on security cooperation\" — whose implementation Sar Kheng and To Lam reviewed "
                        + "at the cooperation meeting they co-chaired on 4 March 2023, during a 3–5 March visit.\n"
                        + ASSUMED + "one record for all of them, of kind agreement; in force from that meeting (the article "
                        + "names no instrument, signing date, place or signatory); the sharing clauses.");
        return new Seed(draft, List.of(), securityClauses().stream().map(c -> new SharingClause(c.article(),
                Party.of("KH/MOI"), Party.of("VN/MPS"), true, c.categories(), c.purposes(), c.handling(),
                c.retentionDays(), c.note())).toList(),
                List.of(new Step(SIGNED, LocalDate.of(2023, 3, 4), "existing before the meeting (assumed for the demo)"),
                        new Step(IN_FORCE, LocalDate.of(2023, 3, 4), "reviewed at the meeting (assumed for the demo)")),
                Set.of(AgreementField.KIND, AgreementField.VALIDITY, AgreementField.CLAUSES, AgreementField.LIFECYCLE));
    }

    private static SharingClause clause(String article, String from, String to, Set<DataCategory> categories,
                                        Set<Purpose> purposes, HandlingCode handling, int days, String note) {
        return new SharingClause(article, Party.of(from), Party.of(to), true, categories, purposes, handling, days, note);
    }

    private static AgreementDraft draft(String id, AgreementKind kind, String title, @Nullable String nativeTitle,
                                        boolean restricted, List<String> parties, @Nullable LocalDate signedOn,
                                        @Nullable String place, @Nullable MeetingForm form, @Nullable LocalDate from,
                                        @Nullable LocalDate until, @Nullable Integer year, Set<CooperationArea> areas,
                                        String summary) {
        return new AgreementDraft(AgreementId.of(id), kind, title, nativeTitle, restricted,
                parties.stream().map(Party::of).toList(), signedOn, place, form, from, until, year, PHNOM_PENH, areas,
                summary);
    }
}
