package org.liaison.prisoners;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.liaison.prisoners.registry.PrisonCalendar;
import org.liaison.prisoners.registry.PrisonerAccess;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.liaison.prisoners.transfer.AgreementLookup;
import org.liaison.prisoners.transfer.PartnerAnswers;
import org.liaison.prisoners.transfer.PartnerTransfers;
import org.liaison.prisoners.transfer.PlanStandings;
import org.liaison.prisoners.transfer.PlanStore;
import org.liaison.prisoners.transfer.RulesStore;
import org.liaison.prisoners.transfer.TransferAccess;
import org.liaison.prisoners.transfer.TransferCases;
import org.liaison.prisoners.transfer.TransferStore;
import org.liaison.shared.Conflict;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The foreign-prisoner registry, eligibility for transfer under each agreement's rules, transfer cases along the
 * approval chains and repatriation plans. Public facade of the prisoners module.
 *
 * <p>Prison officers see and keep the records their reach covers, administrators all of the node's; health and
 * special needs only the prison officers ({@link PrisonerAccess}). Every view of a record is audited, as is every
 * change, each in one transaction with the change.
 */
@Service
@Validated
@PreAuthorize(Permissions.SIGNED_IN)
public class Prisoners {

    private final PrisonerRecords records;
    private final RulesStore rules;
    private final TransferStore transfers;
    private final TransferCases cases;
    private final PlanStore plans;
    private final PlanStandings standings;
    private final AgreementLookup agreements;
    private final PrisonCalendar calendar;
    private final AuditTrail audit;
    private final TransferAccess transferAccess;
    private final PrisonerAccess access;
    private final PartnerTransfers partners;
    private final PartnerAnswers partnerAnswers;

    Prisoners(PrisonerRecords records, RulesStore rules, TransferStore transfers, TransferCases cases, PlanStore plans,
              PlanStandings standings, AgreementLookup agreements, PrisonCalendar calendar, AuditTrail audit,
              TransferAccess transferAccess, PrisonerAccess access, PartnerTransfers partners,
              PartnerAnswers partnerAnswers) {
        this.partners = partners;
        this.partnerAnswers = partnerAnswers;
        this.transferAccess = transferAccess;
        this.access = access;
        this.records = records;
        this.rules = rules;
        this.transfers = transfers;
        this.cases = cases;
        this.plans = plans;
        this.standings = standings;
        this.agreements = agreements;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Whether the current officer keeps a registry at all (pages offer the forms and the menu item). */
    public boolean mayKeepRegistry() {
        return Reach.current().mayActAs(java.util.Set.of(Role.PRISON_OFFICER));
    }

    /** Whether the current officer may set transfer rules and chains: administrators and committee secretaries. */
    public boolean maySetRules() {
        return Reach.current().allows(Permissions.MANAGES_AGREEMENTS);
    }

    /** Today in the node's time zone, the day terms and eligibility are counted on. */
    public java.time.LocalDate today() {
        return calendar.today();
    }

    /** The prisoners held where the officer's reach holds, by nationality and free text; no health data. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.HANDLES_PRISONERS)
    public List<Prisoner> prisoners(@Nullable String nationality, @Nullable String text) {
        return records.search(Reach.current().where("administration"), nationality, text);
    }

    /** One prisoner's record; the view is audited. Health and special needs only for the prison's own officers. */
    @Transactional
    @PreAuthorize("@prisonerAccess.reads(#id)")
    public Prisoner prisoner(PrisonerId id) {
        var prisoner = records.find(id).orElseThrow(() -> new NotFound("prisoner", id));
        var health = PrisonerAccess.seesHealth(Reach.current(), prisoner.administration());
        audit.record(AuditAction.PRISONER_VIEWED, "prisoner:" + id, "record health=" + health);
        return health ? prisoner : prisoner.withoutHealth();
    }

    @Transactional
    @PreAuthorize("@prisonerAccess.registers(#draft)")
    public Prisoner register(@Valid PrisonerDraft draft) {
        var id = PrisonerId.random();
        records.insert(id, draft, draft.sentence());
        audit.record(AuditAction.PRISONER_REGISTERED, "prisoner:" + id, draft.summary());
        return records.find(id).orElseThrow();
    }

    /**
     * Replaces the record if nobody changed it since {@code version}; a stale version is a conflict. The officer
     * must hold the prisoner, and the administration the record names after the change.
     */
    @Transactional
    @PreAuthorize("@prisonerAccess.reads(#id)")
    public Prisoner update(PrisonerId id, int version, @Valid PrisonerDraft draft) {
        records.find(id).orElseThrow(() -> new NotFound("prisoner", id));
        if (!access.registers(draft)) {
            throw new org.springframework.security.access.AccessDeniedException("the record would move out of your reach");
        }
        if (!records.update(id, version, draft, draft.sentence())) {
            throw new Conflict("the record was changed meanwhile; open it again");
        }
        audit.record(AuditAction.PRISONER_UPDATED, "prisoner:" + id, draft.summary() + " version=" + (version + 1));
        return records.find(id).orElseThrow();
    }

    /** The prisoner's eligibility today under every agreement whose rules send prisoners to their state. */
    @Transactional(readOnly = true)
    @PreAuthorize("@prisonerAccess.reads(#id)")
    public List<Eligibility> eligibility(PrisonerId id) {
        var prisoner = records.find(id).orElseThrow(() -> new NotFound("prisoner", id));
        return rules.receivingIn(prisoner.nationality()).stream().map(r -> r.assess(prisoner, calendar.today())).toList();
    }

    public List<TransferRules> transferRules() {
        return rules.all();
    }

    /** Sets an agreement's rules and chain for a receiving state; the agreement must be one the officer may see. */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public TransferRules setTransferRules(@Valid TransferRules terms) {
        agreements.require(terms.agreement());
        var replaced = rules.save(terms);
        audit.record(AuditAction.TRANSFER_RULES_SET, "agreement:" + terms.agreement(), "receiving=" + terms.receivingCountry()
                + " months=" + terms.minimumMonthsLeft() + " final=" + terms.finalJudgmentRequired() + " consent="
                + terms.consentRequired() + " waives=" + terms.humanitarianWaivesTerm() + "/"
                + terms.humanitarianWaivesConsent() + " chain=" + terms.chain().stream().map(AgencyId::value).toList()
                + (replaced ? " replaced" : ""));
        return terms;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@prisonerAccess.reads(#id)")
    public List<Transfer> transfers(PrisonerId id) {
        return transfers.ofPrisoner(id);
    }

    /** Opens a transfer case for an eligible prisoner; an ineligible one, or a second open case, is a conflict. */
    @Transactional
    @PreAuthorize("@prisonerAccess.reads(#id)")
    public Transfer openTransfer(PrisonerId id, AgreementId agreement) {
        var prisoner = records.find(id).orElseThrow(() -> new NotFound("prisoner", id));
        return cases.open(prisoner, agreement);
    }

    /** A case with what its deciders need of the record (no health data); the view is audited. */
    @Transactional
    @PreAuthorize("@transferAccess.sees(#id)")
    public TransferCase transfer(TransferId id) {
        var transfer = transfers.find(id).orElseThrow(() -> new NotFound("transfer", id));
        var prisoner = records.find(transfer.prisoner()).orElseThrow().withoutHealth();
        audit.record(AuditAction.PRISONER_VIEWED, "prisoner:" + prisoner.id(), "transfer:" + id + " health=false");
        return new TransferCase(transfer, prisoner);
    }

    /** Whether the caller may answer this step (pages show the form only then). */
    public boolean mayDecide(Reach reach, Transfer transfer, ChainStep step) {
        return transferAccess.decides(reach, transfer, step);
    }

    /** The waiting step's answer: approve, refuse with reasons, ask for documents, or documents supplied. */
    @Transactional
    @PreAuthorize("@transferAccess.decides(#step)")
    public Transfer decide(StepRef step, StepDecision decision, String note) {
        return cases.decide(step.transfer(), step.position(), decision, note);
    }

    /**
     * The prisoner withdrew consent: the case closes here and at the partner's node, if a step went there, and the
     * record says so. Only the holding administration's prison officers (and administrators).
     */
    @Transactional
    @PreAuthorize("@transferAccess.withdraws(#id)")
    public Transfer withdrawConsent(TransferId id, String reason) {
        var transfer = cases.withdraw(id, reason);
        records.consentWithdrawn(transfer.prisoner());
        return transfer;
    }

    /** The transfers other nodes asked the officer's agencies to decide, latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.HANDLES_PRISONERS)
    public List<PartnerTransfer> partnerTransfers() {
        var reach = Reach.current();
        return reach.has(Role.PRISON_OFFICER) ? partners.visible(reach.where("receiving_agency"), 200) : List.of();
    }

    /** A transfer another node asked the officer's agency to decide (no health data ever comes); the view is audited. */
    @Transactional
    @PreAuthorize("@transferAccess.answers(#id)")
    public PartnerTransfer partnerTransfer(TransferId id) {
        var transfer = partners.find(id).orElseThrow(() -> new NotFound("transfer", id));
        audit.record(AuditAction.PRISONER_VIEWED, "transfer:" + id, "partner transfer from " + transfer.sendingAgency()
                + " health=false");
        return transfer;
    }

    /** The receiving state's answer to the step it was asked; it goes back to the sending state's node. */
    @Transactional
    @PreAuthorize("@transferAccess.answers(#id)")
    public PartnerTransfer answer(TransferId id, @Valid PartnerAnswer answer) {
        return partnerAnswers.answer(id, answer);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.HANDLES_PRISONERS)
    public List<RepatriationPlan> plans() {
        return plans.visible(Reach.current().where("administration"));
    }

    /** A plan with each prisoner's standing against the deadline, worst first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.HANDLES_PRISONERS)
    public PlanProgress plan(PlanId id) {
        var plan = plans.find(id).filter(p -> Reach.current().covers(p.administration()))
                .orElseThrow(() -> new NotFound("plan", id));
        return standings.of(plan, calendar.today());
    }

    /** A plan of prisoners this administration holds; the agreement must be one the officer may see. */
    @Transactional
    @PreAuthorize("@prisonerAccess.plans(#draft)")
    public RepatriationPlan createPlan(@Valid PlanDraft draft) {
        agreements.require(AgreementId.of(java.util.Objects.requireNonNull(draft.agreement())));
        var administration = AgencyId.of(java.util.Objects.requireNonNull(draft.administration()));
        for (var member : records.all(draft.prisonerList())) {
            if (!member.administration().isWithin(administration)) {
                throw new NotFound("prisoner", member.id());
            }
        }
        if (records.all(draft.prisonerList()).size() != draft.prisonerList().size()) {
            throw new org.liaison.shared.InvalidInput("a prisoner of the plan is not in the registry");
        }
        var plan = new RepatriationPlan(PlanId.random(), java.util.Objects.requireNonNull(draft.title()), administration,
                AgreementId.of(draft.agreement()), java.util.Objects.requireNonNull(draft.receivingCountry()),
                java.util.Objects.requireNonNull(draft.deadline()), draft.assumptions(), draft.prisonerList());
        plans.insertIfAbsent(plan);
        audit.record(AuditAction.REPATRIATION_PLAN_CREATED, "plan:" + plan.id(), "agreement=" + plan.agreement()
                + " receiving=" + plan.receivingCountry() + " deadline=" + plan.deadline() + " prisoners="
                + plan.prisoners().size());
        return plan;
    }
}
