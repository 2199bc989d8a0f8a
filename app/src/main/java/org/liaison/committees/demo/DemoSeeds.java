package org.liaison.committees.demo;

import static org.liaison.agreements.CooperationArea.BORDER_MANAGEMENT;
import static org.liaison.agreements.CooperationArea.CAPACITY_BUILDING;
import static org.liaison.agreements.CooperationArea.DRUG_TRAFFICKING;
import static org.liaison.agreements.CooperationArea.LAWFUL_TRANSIT;
import static org.liaison.agreements.CooperationArea.PRISONS;
import static org.liaison.agreements.CooperationArea.PROSECUTION;
import static org.liaison.agreements.MeetingForm.IN_PERSON;
import static org.liaison.agreements.MeetingForm.VIRTUAL;
import static org.liaison.committees.CommitmentStatus.IN_PROGRESS;
import static org.liaison.committees.CommitmentStatus.OPEN;
import static org.liaison.committees.demo.DemoCommitteeData.done;
import static org.liaison.committees.demo.DemoCommitteeData.open;

import java.time.LocalDate;
import java.util.List;

import org.liaison.committees.CommitteeDraft;
import org.liaison.committees.CommitteeKind;
import org.liaison.committees.Participant;
import org.liaison.committees.demo.DemoCommitteeData.DecisionSeed;
import org.liaison.committees.demo.DemoCommitteeData.MeetingSeed;
import org.liaison.committees.demo.DemoCommitteeData.Seed;

/** The four seed meetings between ministries, prosecutors and prison administrations, with their commitments. */
final class DemoSeeds {

    private DemoSeeds() {
    }

    private static final List<String> MOI_MPS = List.of("KH/MOI", "LA/MPS");
    private static final Participant SAR_KHENG = new Participant("KH/MOI", "Sar Kheng", "ស ខេង",
            "Deputy Prime Minister, Minister of Interior", true);

    static final Seed SECURITY_REVIEW = new Seed("moi-mps", new CommitteeDraft(CommitteeKind.MINISTERIAL,
            "Cambodia MOI – Lao MPS annual security cooperation review",
            "កិច្ចប្រជុំពិនិត្យកិច្ចសហប្រតិបត្តិការសន្តិសុខប្រចាំឆ្នាំ កម្ពុជា-ឡាវ", null, "km", MOI_MPS,
            List.of("KH-LA-SEC-2022")),
            List.of(new MeetingSeed("moi-mps-2022", null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1), true,
                    "Videoconference", VIRTUAL,
                    List.of(SAR_KHENG, new Participant("LA/MPS", "Vilay Lakhamfong", "ວິໄລ ຫຼ້າຄຳຟອງ",
                            "Minister of Public Security", true)),
                    List.of("Evaluation of security cooperation in 2020–2021",
                            "Signing of the MoU on security cooperation for 2022"),
                    "The ministers evaluated cooperation on security for 2020–21 and signed the MoU on security "
                            + "cooperation for 2022. The press release gives no day: 1 January 2022 stands for 'early 2022'.",
                    List.of(new DecisionSeed("Further enhance the cooperative mechanisms for suppressing drug trafficking "
                                    + "and expand the scope of information exchange to suppress drug trafficking along the border.",
                                    List.of(done("moi-mps-drugs", "Expand the exchange of information on drug trafficking along "
                                                    + "the border", DRUG_TRAFFICKING, "KH-LA-SEC-2022", MOI_MPS,
                                            "Drug-trafficking reports exchanged; joint cases opened",
                                            LocalDate.of(2022, 12, 31), LocalDate.of(2022, 11, 30)))),
                            new DecisionSeed("Increase management and control along the border within each side's jurisdiction "
                                    + "and take timely measures against all cross-border crime, especially smuggling, "
                                    + "deforestation, poaching and hunting.",
                                    List.of(open("moi-mps-border", "Increase border management and control against smuggling, "
                                                    + "deforestation, poaching and hunting", BORDER_MANAGEMENT, "KH-LA-SEC-2022",
                                            MOI_MPS, "Joint patrols held; seizures reported to the other side",
                                            LocalDate.of(2022, 12, 31), IN_PROGRESS))),
                            new DecisionSeed("Continue to monitor and facilitate the lawful transit of people across the border: "
                                    + "trade and tourism, medical examinations, family visits and traditional ceremonies.",
                                    List.of(open("moi-mps-transit", "Facilitate lawful border transit for trade, tourism, medical "
                                                    + "visits, family visits and ceremonies", LAWFUL_TRANSIT, "KH-LA-SEC-2022",
                                            List.of("KH/MOI/GDI", "LA/MPS/IMM"), "Border passes issued; crossing hours published",
                                            LocalDate.of(2022, 12, 31), OPEN)))))),
            List.of());

    private static final List<String> PROSECUTORS_OFFICES = List.of("KH/SPO", "LA/SPPO");

    static final Seed PROSECUTORS = new Seed("prosecutors", new CommitteeDraft(CommitteeKind.PROSECUTORS,
            "Lao–Cambodia Prosecutors' Offices Meeting on Cooperation in Combating Transnational Crime",
            "ກອງປະຊຸມອົງການໄອຍະການ ລາວ-ກຳປູເຊຍ ວ່າດ້ວຍການຮ່ວມມືຕ້ານອາຊະຍາກຳຂ້າມຊາດ", null, "lo",
            PROSECUTORS_OFFICES, List.of("KH-LA-PROS-2024")),
            List.of(new MeetingSeed("prosecutors-1", 1, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 15), false,
                    "Vientiane", IN_PERSON,
                    List.of(new Participant("LA/SPPO", "Xaysana Khodphouthone", null,
                                    "Head of the Supreme People's Prosecutor's Office", true),
                            new Participant("KH/SPO", "Chea Leang", "ជា លាង",
                                    "Head of the Supreme Prosecutor's Office at the Supreme Court", true)),
                    List.of("Implementation of the 2024 MoU between the two prosecutors' offices",
                            "Cooperation against transnational and drug-related crime"),
                    "First formal meeting of the two prosecutors' offices, grounded in the MoU signed in 2024. Both sides "
                            + "agreed that cross-border coordination, information exchange and capacity building are essential.",
                    List.of(new DecisionSeed("Strengthen cross-border coordination and information exchange on transnational "
                                    + "and drug-related crime.",
                                    List.of(open("prosecutors-exchange", "Exchange case information on drug-related transnational "
                                                    + "crime between the two prosecutors' offices", PROSECUTION, "KH-LA-PROS-2024",
                                            PROSECUTORS_OFFICES, "Contact points named; case requests answered",
                                            LocalDate.of(2025, 12, 31), IN_PROGRESS))),
                            new DecisionSeed("Build the capacity of prosecutors of both sides to handle drug-related cases.",
                                    List.of(open("prosecutors-training", "Hold joint training for prosecutors on drug-related "
                                                    + "transnational crime cases", CAPACITY_BUILDING, "KH-LA-PROS-2024",
                                            PROSECUTORS_OFFICES, "Training sessions held; prosecutors trained",
                                            LocalDate.of(2026, 12, 31), OPEN)))))),
            List.of());

    private static final List<String> PRISON_SERVICES = List.of("KH/MOI/GDP", "LA/MPS/PRI");

    static final Seed PRISON_COOPERATION = new Seed("prisons", new CommitteeDraft(CommitteeKind.OTHER,
            "Cambodia–Laos prison administrations' cooperation", "កិច្ចសហប្រតិបត្តិការពន្ធនាគារ កម្ពុជា-ឡាវ", null, "km",
            PRISON_SERVICES, List.of("KH-LA-PRISON-2023")),
            List.of(new MeetingSeed("prisons-2023", null, LocalDate.of(2023, 12, 5), LocalDate.of(2023, 12, 5), false,
                    "Phnom Penh", IN_PERSON,
                    List.of(new Participant("KH/MOI/GDP", "Chhorn Sanath", null,
                                    "Director-General, General Department of Prisons", true),
                            new Participant("LA/MPS/PRI", "Sumlith Daohungsuli", null, "Director-General", true)),
                    List.of("Prison management in Laos and Cambodia: exchange of experience", "Signing of the MoU on prison cooperation"),
                    "Sumlith reported on prison management in Laos and Sanath shared Cambodia's experience. After "
                            + "exchanging views on issues of common concern the two sides signed the MoU on prison cooperation.",
                    List.of(new DecisionSeed("Sign and implement the MoU on prison cooperation.", List.of())))),
            // The April 2023 returns came months before the MoU of 5 December 2023, "without waiting for
            // reciprocity": the commitment rests on no agreement.
            List.of(done("prisons-repatriation", "Repatriate Lao prisoners detained in Cambodia to Laos before the Khmer "
                            + "New Year (April 2023)", PRISONS, null, PRISON_SERVICES,
                    "Prisoners handed over at the border", LocalDate.of(2023, 4, 13), LocalDate.of(2023, 4, 10))));

    private static final List<String> MOI_VN_MPS = List.of("KH/MOI", "VN/MPS");

    static final Seed KH_VN = new Seed("kh-vn", new CommitteeDraft(CommitteeKind.MINISTERIAL,
            "Cambodia MOI – Viet Nam MPS cooperation meeting",
            "Hội nghị hợp tác giữa Bộ Nội vụ Campuchia và Bộ Công an Việt Nam", null, "vi", MOI_VN_MPS,
            List.of("KH-VN-SEC-2023")),
            List.of(new MeetingSeed("kh-vn-2023", null, LocalDate.of(2023, 3, 4), LocalDate.of(2023, 3, 4), false,
                    "Hanoi", IN_PERSON,
                    List.of(SAR_KHENG, new Participant("VN/MPS", "To Lam", "Tô Lâm", "Minister of Public Security", true)),
                    List.of("Results of cooperation in the past year", "Implementation of the bilateral cooperation frameworks"),
                    "Held during the visit of 3–5 March 2023. The ministers thanked each other for the progress of the past "
                            + "year; President Vo Van Thuong and Prime Minister Pham Minh Chinh encouraged the two ministries "
                            + "to strengthen existing cooperation.",
                    List.of(new DecisionSeed("Continue to strengthen existing cooperation between the two ministries, in "
                                    + "particular along the common border.",
                                    List.of(open("kh-vn-border", "Strengthen joint measures against illegal border crossings and "
                                                    + "smuggling of goods along the Cambodia–Viet Nam border", BORDER_MANAGEMENT,
                                            "KH-VN-SEC-2023", MOI_VN_MPS, "Joint border patrols; cases handed over",
                                            LocalDate.of(2023, 12, 31), IN_PROGRESS)))))),
            List.of());
}
