package org.liaison.prisoners.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.liaison.prisoners.AssumedForDemo;
import org.liaison.prisoners.Consent;
import org.liaison.prisoners.Offence;
import org.liaison.prisoners.PlanId;
import org.liaison.prisoners.PrisonerDraft;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.RepatriationPlan;
import org.liaison.prisoners.Sex;
import org.liaison.prisoners.TransferRules;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.liaison.prisoners.transfer.PlanStore;
import org.liaison.prisoners.transfer.RulesStore;
import org.liaison.shared.NodeTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seed 000 on the Cambodian node: Cambodia announced it would send some of the Lao and Thai prisoners it holds home
 * before Khmer New Year, as humanitarian work, without waiting for reciprocity. The article names no prisoner, no
 * sentence and no procedure, so everything below except that announcement and the prison MoU of 5 December 2023 is
 * assumed, and says so ({@link AssumedForDemo#MARK}) in the records themselves.
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoPrisoners {

    static final AgencyId GDP = AgencyId.of("KH/MOI/GDP");
    static final AgreementId PRISON_MOU = AgreementId.of("KH-LA-PRISON-2023");
    static final String ASSUMED = AssumedForDemo.MARK;

    private final PrisonerRecords prisoners;
    private final RulesStore rules;
    private final PlanStore plans;
    private final Seeding seeding;
    private final ThisNode node;
    private final AuditTrail audit;

    DemoPrisoners(PrisonerRecords prisoners, RulesStore rules, PlanStore plans, Seeding seeding, ThisNode node,
                  AuditTrail audit) {
        this.prisoners = prisoners;
        this.rules = rules;
        this.plans = plans;
        this.seeding = seeding;
        this.node = node;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!"KH".equals(node.country())) {
            return;
        }
        NodeTask.run("demo", () -> seeding.run("demo-prisoners", () -> {
            int added = 0;
            if (rules.find(PRISON_MOU, "LA").isEmpty()) {
                rules.save(laoRules());
                added++;
            }
            for (var prisoner : PRISONERS) {
                added += prisoners.insert(prisoner.id(), prisoner.draft(), prisoner.draft().sentence()) ? 1 : 0;
            }
            var lao = PRISONERS.stream().filter(p -> "LA".equals(p.draft().nationality())).map(Demo::id).toList();
            added += plans.insertIfAbsent(new RepatriationPlan(new PlanId(id("plan/lao-new-year")),
                    "Lao prisoners home before Khmer New Year", GDP, PRISON_MOU, "LA", LocalDate.of(2027, 4, 14),
                    PLAN_ASSUMPTIONS, lao)) ? 1 : 0;
            if (added > 0) {
                audit.record(AuditAction.DEMO_DATA_LOADED, "node:" + node.id(), "prisoners rows=" + added);
            }
        }));
    }

    /**
     * Assumed: the MoU's clause 3 lets transfer steps flow between the two prison administrations only, so the
     * Lao ministries decide behind the Lao prison department on the Lao node; six months left, as in many
     * bilateral treaties; humanitarian grounds waive the term (the announcement called it humanitarian work).
     */
    static TransferRules laoRules() {
        return new TransferRules(PRISON_MOU, "LA", 6, true, true, true, false,
                List.of(GDP, AgencyId.of("KH/MOJ"), AgencyId.of("KH/MFAIC"), AgencyId.of("LA/MPS/PRI")));
    }

    static final String PLAN_ASSUMPTIONS = ASSUMED + " The announcement (February 2023) named Khmer New Year 2023; the"
            + " demo replays it for the next one, 14 April 2027. Prisoners, sentences, offences, articles and facilities"
            + " are invented. The rules (six months left, consent, humanitarian waiver of the term) and the chain"
            + " (prisons, justice, foreign affairs, then the Lao prison department) are assumed, not taken from the MoU."
            + " Thai prisoners are in the registry, but no agreement with Thailand is in the registry, so none can be"
            + " planned for yet.";

    record Demo(PrisonerId id, PrisonerDraft draft) {
    }

    static final List<Demo> PRISONERS = List.of(
            demo("lao-1", "Bounmy Sisavath", "ບຸນມີ ສີສະຫວາດ", "lo", "LA", Sex.MALE, LocalDate.of(1985, 3, 12),
                    LocalDate.of(2022, 6, 1), 10, 0, Consent.GIVEN, false, false, null, null),
            demo("lao-2", "Khamla Phommachanh", "ຄຳຫຼ້າ ພົມມະຈັນ", "lo", "LA", Sex.FEMALE, LocalDate.of(1961, 11, 2),
                    LocalDate.of(2024, 6, 1), 3, 0, Consent.GIVEN, true, false,
                    ASSUMED + " Serious illness; her family is in Champasak.", ASSUMED + " Diabetes, needs insulin daily."),
            demo("lao-3", "Vanh Keomanivong", "ວັນ ແກ້ວມະນີວົງ", "lo", "LA", Sex.MALE, LocalDate.of(1992, 8, 20),
                    LocalDate.of(2023, 9, 15), 7, 0, Consent.NOT_ASKED, false, false, null, null),
            demo("lao-4", "Somsack Inthavong", "ສົມສັກ ອິນທະວົງ", "lo", "LA", Sex.MALE, LocalDate.of(1979, 1, 5),
                    LocalDate.of(2021, 12, 1), 9, 60, Consent.VOLUNTEERED, false, true, null, null),
            demo("thai-1", "Somchai Srisuk", "สมชาย ศรีสุข", "th", "TH", Sex.MALE, LocalDate.of(1983, 5, 30),
                    LocalDate.of(2023, 3, 1), 6, 0, Consent.GIVEN, false, false, null, null),
            demo("thai-2", "Malee Thongdee", "มาลี ทองดี", "th", "TH", Sex.FEMALE, LocalDate.of(1990, 10, 10),
                    LocalDate.of(2022, 1, 10), 8, 200, Consent.VOLUNTEERED, false, false, null, null));

    private static Demo demo(String key, String name, String nativeName, String language, String nationality, Sex sex,
                             LocalDate born, LocalDate started, int years, int remissionDays, Consent consent,
                             boolean humanitarian, boolean pending, @Nullable String grounds,
                             @Nullable String health) {
        var offences = List.of(new Offence("Illegal trafficking of drugs " + ASSUMED, "Law on Drug Control (2012)", "40"));
        var draft = new PrisonerDraft(GDP.value(), "Correctional Centre 1, Phnom Penh " + ASSUMED, name, nativeName,
                language, nationality, sex, born, List.of(), offences, started, years, 0, 0, 0, 0, remissionDays, 0,
                null, null, true, pending, consent, humanitarian, grounds, ASSUMED + " No family contact recorded.",
                health, null);
        return new Demo(new PrisonerId(id("prisoner/" + key)), draft);
    }

    /** A stable id per demo record, so a second start finds what the first inserted. */
    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo-prisoners:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
