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
import org.liaison.prisoners.paper.PaperBundles;
import org.liaison.prisoners.paper.Scans;
import org.liaison.prisoners.paper.TransferPapers;
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
    private final org.liaison.directory.Directory directory;
    private final Scans scans;
    private final TransferPapers papers;
    private final PaperBundles bundles;

    Prisoners(PrisonerRecords records, RulesStore rules, TransferStore transfers, TransferCases cases, PlanStore plans,
              PlanStandings standings, AgreementLookup agreements, PrisonCalendar calendar, AuditTrail audit,
              TransferAccess transferAccess, PrisonerAccess access, PartnerTransfers partners,
              PartnerAnswers partnerAnswers, org.liaison.directory.Directory directory, Scans scans,
              TransferPapers papers, PaperBundles bundles) {
        this.scans = scans;
        this.papers = papers;
        this.bundles = bundles;
        this.directory = directory;
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

    /** A local time on a form, in the node's time zone, as an instant. */
    public java.time.Instant instantOf(java.time.LocalDateTime local) {
        return calendar.instantOf(local);
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
    @PreAuthorize("@transferAccess.holds(#id)")
    public Transfer withdrawConsent(TransferId id, String reason) {
        var transfer = cases.withdraw(id, reason);
        records.consentWithdrawn(transfer.prisoner());
        return transfer;
    }

    /**
     * The sending state proposes the hand-over at a checkpoint on the border between the two states, with its
     * escorts, once both chains approved; it goes to the receiving state's node, which agrees.
     */
    @Transactional
    @PreAuthorize("@transferAccess.holds(#id)")
    public Transfer scheduleHandover(TransferId id, @Valid HandoverDraft draft) {
        var transfer = transfers.find(id).orElseThrow(() -> new NotFound("transfer", id));
        var receiving = transfer.steps().getLast().agency().country();
        var checkpoint = directory.checkpoint(java.util.Objects.requireNonNull(draft.checkpoint()))
                .filter(c -> c.touches(transfer.sendingCountry()) && c.touches(receiving))
                .orElseThrow(() -> new org.liaison.shared.InvalidInput("not a checkpoint between "
                        + transfer.sendingCountry() + " and " + receiving));
        var name = checkpoint.a().name() + " – " + checkpoint.b().name();
        return cases.scheduleHandover(id, name, java.util.Objects.requireNonNull(draft.at()),
                java.util.Objects.requireNonNull(draft.escorts()));
    }

    /** The sending side confirms it handed the prisoner over: officers, documents, property. */
    @Transactional
    @PreAuthorize("@transferAccess.holds(#id)")
    public Transfer handedOver(TransferId id, String record) {
        return cases.handover(id, Handover.State.HANDED_OVER, record);
    }

    /**
     * The receiving state's side of the hand-over recorded by hand (agreed, or received with who took the prisoner),
     * where that state has no node: the holding prison's officers, from the partner's signed paper.
     */
    @Transactional
    @PreAuthorize("@transferAccess.recordsForPartner(#id)")
    public Transfer recordPartnerHandover(TransferId id, Handover.State state, @Nullable String record) {
        return cases.handover(id, state, record);
    }

    /** The receiving state agrees to the proposed hand-over, or confirms it took the prisoner. */
    @Transactional
    @PreAuthorize("@transferAccess.answers(#id)")
    public PartnerTransfer confirmHandover(TransferId id, Handover.State state, @Nullable String record) {
        return partnerAnswers.handover(id, state, record);
    }

    /**
     * A partner without a node answered its step on paper: the holding prison's officer records the answer (approve
     * with the adaptation, refuse with reasons, ask for documents) with the scan of the signed paper attached.
     */
    @Transactional
    @PreAuthorize("@transferAccess.decides(#step)")
    public Transfer recordAnswerOnPaper(StepRef step, StepDecision decision, String note,
                                        Adaptation.@Nullable Kind adaptation, @Nullable Integer daysToServe,
                                        String scanName, byte[] scan) {
        var transfer = transfers.find(step.transfer()).orElseThrow(() -> new NotFound("transfer", step.transfer()));
        var chainStep = transfer.steps().stream().filter(s -> s.position() == step.position()).findFirst()
                .orElseThrow(() -> new NotFound("step", step.position()));
        if (!transfer.atPartner(chainStep)) {
            throw new org.liaison.shared.InvalidInput("only a partner's step is answered on paper");
        }
        var sha = scans.keep(step.transfer(), step.position(), scanName, scan, Reach.current().actor(), calendar.now());
        audit.record(AuditAction.PARTNER_ANSWER_SCANNED, "transfer:" + step.transfer(), "step=" + step.position()
                + " decision=" + decision + " scan=" + sha);
        var prisoner = records.find(transfer.prisoner()).orElseThrow();
        var adapted = decision != StepDecision.APPROVE || adaptation == null ? null
                : Adaptation.of(adaptation, daysToServe, prisoner.sentence().remainingOn(calendar.today()).days());
        return cases.decideOnPaper(transfer, step.position(), decision, note, adapted);
    }

    /**
     * The plan's papers for a partner without a node: the transfer order of each prisoner with a case and the
     * convoy's hand-over record as PDF, in a bundle signed with the node's key that the partner verifies offline.
     */
    @Transactional
    @PreAuthorize(Permissions.HANDLES_PRISONERS)
    public String papers(PlanId id) {
        var progress = plan(id);
        var issuedBy = progress.plan().administration().value();
        var documents = new java.util.LinkedHashMap<String, byte[]>();
        for (var entry : progress.entries()) {
            if (entry.transfer() != null) {
                documents.put("transfer-order-" + entry.transfer().id() + ".pdf",
                        papers.order(entry.prisoner(), entry.transfer(), issuedBy));
            }
        }
        documents.put("convoy-handover-record.pdf", papers.convoy(progress, issuedBy));
        var bundle = bundles.sign(progress.plan(), documents, calendar.now());
        audit.record(AuditAction.PAPERS_ISSUED, "plan:" + id, "documents=" + documents.size());
        return bundle;
    }

    /** Whether the caller acts for the sending side of the case (withdrawal, hand-over); pages offer the forms then. */
    public boolean actsForSendingSide(TransferId id) {
        return transferAccess.holds(id);
    }

    /** Whether the caller records the receiving state's side of the hand-over by hand (a partner without a node). */
    public boolean recordsForPartner(TransferId id) {
        return transferAccess.recordsForPartner(id);
    }

    /** The checkpoints on the border between the case's two states, where its hand-over may take place. */
    public List<org.liaison.directory.Checkpoint> checkpointsFor(Transfer transfer) {
        return directory.checkpoints(transfer.sendingCountry(), transfer.steps().getLast().agency().country());
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

    /**
     * The prisoners the officer's reach holds who are nationals of the receiving state, each with their
     * eligibility under the agreement's rules today: the candidates of a plan.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.HANDLES_PRISONERS)
    public List<Candidate> candidates(AgreementId agreement, String receivingCountry) {
        var terms = rules.find(agreement, receivingCountry).orElseThrow(() -> new NotFound("transfer rules", agreement));
        return records.search(Reach.current().where("administration"), receivingCountry, null).stream()
                .map(p -> new Candidate(p.withoutHealth(), terms.assess(p, calendar.today()))).toList();
    }

    /** A plan of prisoners this administration holds; the agreement must be one the officer may see. */
    @Transactional
    @PreAuthorize("@prisonerAccess.plans(#draft)")
    public RepatriationPlan createPlan(@Valid PlanDraft draft) {
        var plan = planOf(PlanId.random(), draft);
        plans.insertIfAbsent(plan);
        audit.record(AuditAction.REPATRIATION_PLAN_CREATED, "plan:" + plan.id(), "agreement=" + plan.agreement()
                + " receiving=" + plan.receivingCountry() + " deadline=" + plan.deadline() + " prisoners="
                + plan.prisoners().size());
        return plan;
    }

    /** Changes a plan's title, deadline, assumptions and prisoners; its administration and agreement stay. */
    @Transactional
    @PreAuthorize("@prisonerAccess.plans(#draft)")
    public RepatriationPlan updatePlan(PlanId id, @Valid PlanDraft draft) {
        var existing = plans.find(id).filter(p -> Reach.current().covers(p.administration()))
                .orElseThrow(() -> new NotFound("plan", id));
        if (!existing.administration().value().equals(draft.administration())
                || !existing.agreement().value().equals(draft.agreement())
                || !existing.receivingCountry().equals(draft.receivingCountry())) {
            throw new org.liaison.shared.InvalidInput("a plan keeps its administration, agreement and receiving state");
        }
        var plan = planOf(id, draft);
        plans.update(plan);
        audit.record(AuditAction.REPATRIATION_PLAN_UPDATED, "plan:" + id, "deadline=" + plan.deadline()
                + " prisoners=" + plan.prisoners().size());
        return plan;
    }

    private RepatriationPlan planOf(PlanId id, PlanDraft draft) {
        agreements.require(AgreementId.of(java.util.Objects.requireNonNull(draft.agreement())));
        var administration = AgencyId.of(java.util.Objects.requireNonNull(draft.administration()));
        var members = records.all(draft.prisonerList());
        for (var member : members) {
            if (!member.administration().isWithin(administration)) {
                throw new NotFound("prisoner", member.id());
            }
        }
        if (members.size() != draft.prisonerList().size()) {
            throw new org.liaison.shared.InvalidInput("a prisoner of the plan is not in the registry");
        }
        return new RepatriationPlan(id, java.util.Objects.requireNonNull(draft.title()), administration,
                AgreementId.of(draft.agreement()), java.util.Objects.requireNonNull(draft.receivingCountry()),
                java.util.Objects.requireNonNull(draft.deadline()), draft.assumptions(), draft.prisonerList());
    }
}
