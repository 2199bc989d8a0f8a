package org.liaison.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liaison.agreements.Purpose;
import org.liaison.cases.internal.CaseCounts;
import org.liaison.cases.internal.CaseFiles;
import org.liaison.cases.internal.CaseLinkFinder;
import org.liaison.cases.internal.CaseParts;
import org.liaison.cases.internal.CaseRecords;
import org.liaison.cases.internal.CaseWork;
import org.liaison.cases.assistance.AssistanceWork;
import org.liaison.cases.sharing.CaseSharing;
import org.liaison.cases.sharing.PartnerCases;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Checkpoint;
import org.liaison.directory.Directory;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.SendCheck;
import org.liaison.exchange.SendResult;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.screening.Screening;
import org.liaison.screening.Traveller;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Cases of cross-border crime, their persons, vehicles, seizures and evidence, and the summaries shared with and
 * received from partners. Public facade of the cases module.
 *
 * <p>Investigating officers, analysts, prosecutors and border officers read the cases their agency (or one below
 * it) leads, and only those: lists, counts and single cases answer from the caller's {@link Reach}, and a case out
 * of reach is "not found". Officers and border officers record. Every change is validated, audited and made in one
 * transaction, so a refusal leaves nothing half-written.
 */
@Service
@Validated
@PreAuthorize(Permissions.WORKS_CASES)
public class Cases {

    /** The longest list a page or the API returns at once. */
    public static final int PAGE = 200;

    private final CaseRecords records;
    private final CaseFiles files;
    private final CaseWork work;
    private final CaseParts parts;
    private final CaseSharing sharing;
    private final PartnerCases partnerCases;
    private final Exchange exchange;
    private final Directory directory;
    private final ThisNode node;
    private final CaseLinkFinder links;
    private final CaseCounts counts;
    private final AssistanceWork assistance;
    private final Screening screening;
    private final org.liaison.cases.internal.CaseSearch search;

    Cases(CaseRecords records, CaseFiles files, CaseWork work, CaseParts parts, CaseSharing sharing,
          PartnerCases partnerCases, Exchange exchange, Directory directory, ThisNode node, CaseLinkFinder links,
          CaseCounts counts, AssistanceWork assistance, Screening screening,
          org.liaison.cases.internal.CaseSearch search) {
        this.search = search;
        this.assistance = assistance;
        this.screening = screening;
        this.links = links;
        this.counts = counts;
        this.records = records;
        this.files = files;
        this.work = work;
        this.parts = parts;
        this.sharing = sharing;
        this.partnerCases = partnerCases;
        this.exchange = exchange;
        this.directory = directory;
        this.node = node;
    }

    /** Whether the current officer may open and record cases (pages offer the forms). */
    public boolean mayRecord() {
        return Reach.current().allows(Permissions.RECORDS_CASES);
    }

    /** The cases the caller may see that match the filter, latest first, at most {@link #PAGE}. */
    @Transactional(readOnly = true)
    public List<CrimeCase> cases(CaseFilter filter) {
        return records.search(filter, PAGE);
    }

    /** How many of the caller's cases match: never counts a case the caller may not see. */
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return records.count(filter);
    }

    @Transactional(readOnly = true)
    public CaseFile file(CaseId id) {
        return files.of(id);
    }

    /**
     * The caller's other cases that share a person (names matched across scripts), a vehicle's plate or a seizure
     * lot with this one; never a case the caller may not see.
     */
    @Transactional(readOnly = true)
    public List<CaseLink> links(CaseId id) {
        return links.of(files.of(id));
    }

    /**
     * Cases, persons and seizures of the caller's cases matching the words (full text) or the name (across
     * scripts), best first, at most {@link #PAGE}; 2 to 200 characters.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(String text) {
        var words = text.strip();
        if (words.length() < 2 || words.length() > 200) {
            throw new org.liaison.shared.InvalidInput("cases.search.length", "search with 2 to 200 characters");
        }
        return search.search(words, PAGE);
    }

    /** The caller's cases per type and month of {@code year}, counted only over what the caller may see. */
    @Transactional(readOnly = true)
    public CaseStatistics statistics(int year) {
        return counts.of(year);
    }

    /** The checkpoints on this node's borders, for the nearest-checkpoint choice. */
    public List<Checkpoint> checkpoints() {
        return directory.checkpoints(node.country(), null);
    }

    public LocalDate today() {
        return work.today();
    }

    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public CrimeCase open(@Valid CaseDraft draft) {
        return work.open(draft.details(), null);
    }

    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public CrimeCase revise(CaseId id, @Valid CaseDraft draft) {
        return work.revise(id, draft.details());
    }

    /** Moves the case on; an impossible move is a conflict that names the possible ones. */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public CrimeCase move(CaseId id, CaseStatus target, String reason) {
        return work.move(id, target, reason.isBlank() ? "status changed to " + target : reason.strip());
    }

    /**
     * Links a person and, in the same transaction, screens the name against the alerts in force (possible matches
     * become hits to decide) and finds the persons of the caller's other cases whose name matches across scripts.
     */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public PersonAdded addPerson(CaseId id, @Valid PersonDraft draft) {
        var person = parts.addPerson(id, draft);
        var name = person.nameOriginal() != null ? person.nameOriginal() : person.nameLatin();
        var screened = screening.screen(new Traveller(name, person.dateOfBirth() == null ? null
                : person.dateOfBirth().toString(), person.nationality(), null, null, null, null, null), null);
        return new PersonAdded(person, screened.matches(), links.namesakes(person));
    }

    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public Vehicle addVehicle(CaseId id, @Valid VehicleDraft draft) {
        return parts.addVehicle(id, draft);
    }

    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public Seizure addSeizure(CaseId id, @Valid SeizureDraft draft) {
        return parts.addSeizure(id, draft);
    }

    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public EvidenceItem addEvidence(CaseId id, @Valid EvidenceDraft draft) {
        return parts.addEvidence(id, draft);
    }

    /** Appends a hand-over to the item's chain of custody; the chain is never changed otherwise. */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public EvidenceItem handOver(CaseId id, UUID evidence, @Valid HandOverDraft draft) {
        return parts.handOver(id, evidence, draft);
    }

    /** What sharing the chosen parts with the partner would answer now, without sending anything. */
    @Transactional(readOnly = true)
    public SendCheck checkShare(CaseId id, @Valid ShareDraft draft) {
        return sharing.check(id, draft);
    }

    /** Shares the chosen parts as a case summary: {@code Sent}, or {@code Denied} with the reason, nothing written. */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public SendResult share(CaseId id, @Valid ShareDraft draft) {
        return sharing.share(id, draft);
    }

    /** Partner cases shared with the caller's agency or one below it, latest first. */
    @Transactional(readOnly = true)
    public List<PartnerCase> partnerCases() {
        return partnerCases.visible(PAGE);
    }

    @Transactional(readOnly = true)
    public PartnerCase partnerCase(UUID id) {
        return partnerCases.visible(id).orElseThrow(() -> new NotFound("partner case", id));
    }

    /**
     * What passing a partner case on would answer: the exchange refuses what came as TLP:RED or AMBER+STRICT and
     * whatever no agreement of this node allows.
     */
    @Transactional(readOnly = true)
    public SendCheck checkForward(UUID partnerCase, AgencyId to, Purpose purpose) {
        return exchange.checkForward(new MessageId(partnerCase(partnerCase).messageId()), to, purpose);
    }

    @Transactional
    @PreAuthorize(Permissions.RECORDS_CASES)
    public SendResult forward(UUID partnerCase, AgencyId to, Purpose purpose) {
        return exchange.forward(new MessageId(partnerCase(partnerCase).messageId()), to, purpose);
    }

    // Mutual legal assistance: prosecutors of the requesting and requested offices, and the investigators they name.

    /** Whether the current officer may follow requests for mutual legal assistance (pages offer the link). */
    public boolean mayFollowAssistance() {
        return Reach.current().allows(Permissions.FOLLOWS_LEGAL_ASSISTANCE);
    }

    /** Whether the current officer may send and answer requests for mutual legal assistance (pages offer the forms). */
    public boolean mayRequestAssistance() {
        return Reach.current().allows(Permissions.PROSECUTES);
    }

    /** The requests the caller may follow, pending first by deadline, at most {@link #PAGE}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.FOLLOWS_LEGAL_ASSISTANCE)
    public List<AssistanceRequest> assistanceRequests() {
        return assistance.visible(PAGE);
    }

    /** One request; "not found" for anyone but its office's prosecutors and the investigators named on it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.FOLLOWS_LEGAL_ASSISTANCE)
    public AssistanceRequest assistanceRequest(UUID id) {
        return assistance.visible(id);
    }

    /** Pending, overdue and answered requests per partner office, over the requests the caller may follow. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.FOLLOWS_LEGAL_ASSISTANCE)
    public List<AssistanceDesk> assistanceDesks() {
        return assistance.desks();
    }

    /** What sending the request would answer, its legal basis and linked case checked first; nothing is sent. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.PROSECUTES)
    public SendCheck checkAssistance(@Valid AssistanceDraft draft) {
        return assistance.check(draft);
    }

    /** Sends a request to a partner's office: kept when the exchange queued it, else its refusal, nothing written. */
    @Transactional
    @PreAuthorize(Permissions.PROSECUTES)
    public AssistanceResult requestAssistance(@Valid AssistanceDraft draft) {
        return assistance.ask(draft);
    }

    /** Answers a request received for the caller's office, in the request's conversation. */
    @Transactional
    @PreAuthorize(Permissions.PROSECUTES)
    public AssistanceResult answerAssistance(UUID id, @Valid AssistanceAnswer answer) {
        return assistance.answer(id, answer);
    }

    /** Names the investigating officers (user names) who may follow the request. */
    @Transactional
    @PreAuthorize(Permissions.PROSECUTES)
    public AssistanceRequest nameInvestigators(UUID id,
            @jakarta.validation.constraints.Size(max = 10) List<@jakarta.validation.constraints.Pattern(regexp = CaseDraft.OFFICER) String> investigators) {
        return assistance.name(id, investigators);
    }
}
