package org.liaison.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.internal.AgreementAssumptions;
import org.liaison.agreements.internal.AgreementParticulars;
import org.liaison.agreements.internal.AgreementTexts;
import org.liaison.agreements.internal.Agreements;
import org.liaison.agreements.internal.InstrumentReferences;
import org.liaison.agreements.internal.PolicyAnswers;
import org.liaison.agreements.internal.PolicyRefresh;
import org.liaison.agreements.internal.PolicyVersions;
import org.liaison.agreements.internal.SharingClauses;
import org.liaison.agreements.internal.TextFormats;
import org.liaison.agreements.internal.Viewer;
import org.liaison.agreements.pressrelease.PressReleaseReader;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.liaison.identity.Reach;
import org.liaison.shared.Conflict;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The agreements this node knows and the executable sharing policy they make up. Public facade of the
 * agreements module.
 *
 * <p>Who may do what is the caller's {@link Reach}: reads are for signed-in officers (and the node itself) and
 * show restricted agreements only to their parties' officers and the node's administrators; no one else reads at
 * all. Changes are for administrators and for committee secretaries of a party; each is audited in its own
 * transaction and, when it alters what may flow, recompiles the policy on every instance of the node. Only
 * {@link #decide} needs no caller: the exchange asks it for every message.
 */
@Service
@Validated
public class AgreementRegistry {

    private final Agreements agreements;
    private final SharingClauses clauses;
    private final AgreementParticulars particulars;
    private final AgreementTexts texts;
    private final PolicyVersions versions;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Directory directory;
    private final PolicyAnswers answers;
    private final PolicyRefresh policy;
    private final AgreementAssumptions assumptions;
    private final InstrumentReferences references;

    AgreementRegistry(Agreements agreements, SharingClauses clauses, AgreementParticulars particulars,
                      AgreementTexts texts, PolicyVersions versions, AuditTrail auditTrail,
                      ApplicationEventPublisher events, Clock clock, Directory directory, PolicyAnswers answers,
                      PolicyRefresh policy, AgreementAssumptions assumptions, InstrumentReferences references) {
        this.assumptions = assumptions;
        this.references = references;
        this.directory = directory;
        this.answers = answers;
        this.policy = policy;
        this.agreements = agreements;
        this.clauses = clauses;
        this.particulars = particulars;
        this.texts = texts;
        this.versions = versions;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Decides whether data may flow, from this node's own registry: allow with the clause that allows it,
     * or deny with the reason. Cheap enough to call for every message; needs no officer. The decision names
     * restricted agreements: what is shown to an officer comes from {@link #answer}.
     */
    public PolicyDecision decide(PolicyQuery query) {
        return policy.current().decide(query);
    }

    /**
     * The same decision told to the signed-in officer, naming no agreement they may not see; only about data
     * their agency (or one under it) sends, otherwise {@link Forbidden} (audited). See {@link PolicyAnswer}.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public PolicyAnswer answer(PolicyQuery query) {
        return answers.answer(policy.current(), query);
    }

    /** Whether the current officer may ask {@link #answer} about data this agency sends (pages offer only those). */
    public boolean canAskAbout(AgencyId sender) {
        return Viewer.current().reaches(sender);
    }

    /** Whether the current officer may register agreements (pages offer the form by it). */
    public boolean canRegister() {
        return Viewer.current().mayRegister();
    }

    /** The same list as {@link #find}, for a file the officer takes away: the export is audited. */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional
    public List<AgreementSummary> export(@Valid AgreementFilter filter, String format) {
        var found = find(filter);
        auditTrail.record(AuditAction.AGREEMENTS_EXPORTED, "agreements",
                "format=" + format + " rows=" + found.size() + " filter=" + filter);
        return found;
    }

    /** The agreements the current officer may see, narrowed by the filter. */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AgreementSummary> find(@Valid AgreementFilter filter) {
        var viewer = Viewer.current();
        return agreements.find(filter).stream().filter(viewer::maySee).toList();
    }

    /** One agreement with its particulars; not found if it does not exist or the officer may not see it. */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Agreement agreement(AgreementId id) {
        var summary = agreements.summary(id).filter(Viewer.current()::maySee)
                .orElseThrow(() -> new NotFound("Agreement", id));
        var row = agreements.row(id).orElseThrow();
        return new Agreement(summary, row.signedPlace(), row.meetingForm(), row.summary(), row.endedOn(),
                row.statusNote(), particulars.signatoriesOf(id), clauses.of(id), texts.of(id),
                particulars.linksFrom(id), particulars.linksTo(id), row.createdAt(), row.createdBy(), row.version());
    }

    /** The particulars of an agreement the officer may see that no source states, as marked by whoever assumed them. */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<AgreementField> assumed(AgreementId id) {
        agreement(id);
        return assumptions.of(id);
    }

    /** Marks particulars as assumed (the demo does, for what its articles leave out); audited when any is new. */
    @Transactional
    public void markAssumed(AgreementId id, Set<AgreementField> fields) {
        requireManager(agreement(id));
        var added = assumptions.mark(id, fields);
        if (!added.isEmpty()) {
            auditTrail.record(AuditAction.AGREEMENT_UPDATED, "agreement:" + id, "assumed: " + added);
        }
    }

    /** Registers an agreement as a draft. A secretary's agency must be among the parties. */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Agreement register(@Valid AgreementDraft draft) {
        if (agreements.exists(draft.reference())) {
            throw new Conflict("agreements.refusal.exists", "An agreement " + draft.reference() + " is already registered.",
                    draft.reference().value());
        }
        requireManager(draft.reference(), draft.parties());
        requireKnown(draft.parties());
        agreements.insert(draft, AgreementStatus.DRAFT, Reach.current().actor(), Instant.now(clock));
        var created = agreement(draft.reference());
        auditTrail.record(AuditAction.AGREEMENT_REGISTERED, subject(draft.reference()), draft.kind() + " " + draft.title()
                + " between " + draft.parties());
        return created;
    }

    /**
     * Registers a draft read from a press release, answering with the outcome instead of throwing: a duplicate of a
     * registered instrument (same parties, kind and year — the year covered or signed, else the year the release
     * gives the instrument, {@code yearNamed}) is not created, and a draft the officer's agency is not
     * party to is refused as a value (and audited like any refusal).
     */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Registration registerDraft(@Valid AgreementDraft draft, @Nullable Integer yearNamed) {
        var year = yearOf(draft);
        var duplicate = sameInstrument(draft.parties(), draft.kind(), year != null ? year : yearNamed);
        if (duplicate.isPresent()) {
            return new Registration.Duplicate(duplicate.get().id());
        }
        if (!Viewer.current().mayManage(draft.parties())) {
            auditTrail.record(AuditAction.ACCESS_DENIED, subject(draft.reference()),
                    "register from a press release: not a party to " + draft.parties());
            return new Registration.NotAParty();
        }
        try {
            return new Registration.Registered(register(draft).id());
        } catch (InvalidInput | Conflict e) {
            return new Registration.Refused(e.getMessage(), e.said());
        }
    }

    /**
     * A registered agreement the officer may see with the same parties, kind and year, if there is one; the year is
     * the one it covers, the one it was signed in, or the one its reference carries by the registry's convention.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public java.util.Optional<AgreementSummary> sameInstrument(List<Party> parties, AgreementKind kind,
                                                               @Nullable Integer year) {
        return references.sameInstrument(Viewer.current(), parties, kind, year);
    }

    /**
     * The next free reference in the registry's convention, countries then topic then year ("KH-LA-SEC-2022"),
     * with "-2", "-3"… when it is taken.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public AgreementId suggestReference(List<Party> parties, String topic, @Nullable Integer year) {
        return references.suggest(parties, topic, year);
    }

    private static @Nullable Integer yearOf(AgreementDraft draft) {
        return draft.coversYear() != null ? draft.coversYear()
                : draft.signedOn() != null ? Integer.valueOf(draft.signedOn().getYear()) : null;
    }

    /** Edits what was registered, unless someone changed it since the officer read {@code version}. */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Agreement update(AgreementId id, int version, @Valid AgreementDraft draft) {
        if (!id.equals(draft.reference())) {
            throw new InvalidInput("agreements.refusal.referenceFixed", "An agreement's reference cannot change; register a new one and link it.");
        }
        requireManager(agreement(id));
        requireKnown(draft.parties());
        if (!agreements.update(draft, version, Instant.now(clock))) {
            throw new Conflict("agreements.refusal.stale", "Someone changed " + id + " since you opened it; reload and try again.",
                    id.value());
        }
        requireManager(id, draft.parties());
        var updated = agreement(id);
        auditTrail.record(AuditAction.AGREEMENT_UPDATED, subject(id), draft.title() + " between " + draft.parties());
        policyChanged(id);
        return updated;
    }

    /** Moves an agreement in its lifecycle; ending statuses need the date they took effect. */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Agreement changeStatus(AgreementId id, AgreementStatus target, @Nullable LocalDate effective,
                                  @Nullable String note) {
        var current = agreement(id);
        requireManager(current);
        current.checkMove(target, effective);
        // Only a transition that ends the agreement ends its validity; entering into force must not.
        agreements.setStatus(id, target, target.ends() ? effective : null, note == null ? null : note.strip(),
                Instant.now(clock));
        auditTrail.record(AuditAction.AGREEMENT_STATUS_CHANGED, subject(id), current.status() + " → " + target
                + (effective == null ? "" : " on " + effective));
        events.publishEvent(new AgreementStatusChanged(id, current.status(), target, effective));
        policyChanged(id);
        return agreement(id);
    }

    /** Records who signed or witnessed the agreement for one of its parties. */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Agreement addSignatory(AgreementId id, @Valid Signatory signatory) {
        var current = agreement(id);
        requireManager(current);
        if (!current.hasPartyCovering(signatory.party())) {
            throw new InvalidInput("agreements.refusal.notParty", signatory.party() + " is not a party to " + id + ".",
                    signatory.party().toString(), id.value());
        }
        particulars.addSignatory(id, signatory);
        auditTrail.record(AuditAction.AGREEMENT_SIGNATORY_ADDED, subject(id), signatory.role() + " "
                + signatory.name() + " for " + signatory.party());
        return agreement(id);
    }

    /** Adds a sharing clause between parties of the agreement (or agencies under them). */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Agreement addClause(AgreementId id, @Valid SharingClause clause) {
        var current = agreement(id);
        requireManager(current);
        if (!current.hasPartyCovering(clause.from()) || !current.hasPartyCovering(clause.to())) {
            throw new InvalidInput("agreements.refusal.clauseParties", "A clause can only let data flow between the agreement's parties "
                    + current.parties() + " or agencies under them.", current.parties().toString());
        }
        if (clause.from().equals(clause.to())) {
            throw new InvalidInput("agreements.refusal.clauseSameParty", "A clause lets data flow between two different parties.");
        }
        if (!clauses.insert(id, clause)) {
            throw new Conflict("agreements.refusal.clauseExists", id + " already has a clause with article " + clause.article() + ".",
                    id.value(), clause.article());
        }
        auditTrail.record(AuditAction.SHARING_CLAUSE_ADDED, subject(id) + " art. " + clause.article(),
                clause.from() + (clause.reciprocal() ? " ↔ " : " → ") + clause.to() + " " + clause.categories()
                        + " for " + clause.purposes() + ", " + clause.handling() + ", " + clause.retentionDays() + " days");
        policyChanged(id);
        return agreement(id);
    }

    /** The clause a manager is about to remove, for the step that asks why; refused to those who may not. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public SharingClause clauseToRemove(AgreementId id, String article) {
        var agreement = agreement(id);
        requireManager(agreement);
        return agreement.clauses().stream().filter(c -> c.article().equals(article)).findFirst()
                .orElseThrow(() -> new NotFound("Clause of " + id + " with article", article));
    }

    /**
     * Removes a sharing clause. Removing one changes what may flow to a partner at once, so the manager says why;
     * the reason is kept in the audit entry.
     */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Agreement removeClause(AgreementId id, String article, String reason) {
        requireManager(agreement(id));
        var why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("agreements.refusal.reason", "Say why the clause is removed.");
        }
        if (!clauses.delete(id, article)) {
            throw new NotFound("Clause of " + id + " with article", article);
        }
        auditTrail.record(AuditAction.SHARING_CLAUSE_REMOVED, subject(id) + " art. " + article,
                "removed: " + why.substring(0, Math.min(why.length(), 500)));
        policyChanged(id);
        return agreement(id);
    }

    /** Links this agreement to another: it implements, renews, supersedes or amends it. */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public Agreement link(AgreementId from, LinkKind kind, AgreementId to) {
        requireManager(agreement(from));
        agreement(to);
        if (from.equals(to)) {
            throw new InvalidInput("agreements.refusal.selfLink", "An agreement cannot be linked to itself.");
        }
        if (particulars.link(from, kind, to)) {
            auditTrail.record(AuditAction.AGREEMENT_LINKED, subject(from), kind + " " + to);
        }
        return agreement(from);
    }

    /** Attaches a text of the agreement in one language; its type is checked from its bytes. */
    @Transactional
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    public AgreementDocument attach(AgreementId id, String language, String filename, byte[] content) {
        requireManager(agreement(id));
        if (!language.matches("[a-z]{2,3}")) {
            throw new InvalidInput("agreements.refusal.language", "Give the text's language as a code such as en, km, lo or vi.");
        }
        var document = TextFormats.document(language, filename, content, Instant.now(clock), Reach.current().actor());
        texts.insert(id, document, content);
        auditTrail.record(AuditAction.AGREEMENT_TEXT_ATTACHED, subject(id), document.language() + " "
                + document.filename() + " sha256:" + document.sha256());
        return document;
    }

    /** The bytes of one of the agreement's texts, for an officer who may see the agreement. */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public AgreementText text(AgreementId id, UUID document) {
        var meta = agreement(id).documents().stream().filter(d -> d.id().equals(document)).findFirst()
                .orElseThrow(() -> new NotFound("Text of " + id, document));
        return new AgreementText(meta, texts.content(id, document).orElseThrow());
    }

    /**
     * Reads a pasted press release and suggests a draft agreement or meeting record, with every recognised
     * span marked for review. Registers nothing.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    public ExtractedDraft readPressRelease(String text, @Nullable LocalDate published) {
        if (text.isBlank() || text.length() > PressReleaseReader.MAX_LENGTH) {
            throw new InvalidInput("agreements.refusal.pressLength", "Paste a press release of at most 50,000 characters.");
        }
        return PressReleaseReader.read(text, published);
    }

    /** Whether the current officer may change this agreement (pages show or hide their forms by it). */
    public boolean canManage(Agreement agreement) {
        return Viewer.current().mayManage(agreement.parties());
    }

    /**
     * Marks in-force agreements whose validity ended before {@code today} as expired. For the scheduled expiry,
     * which runs it as the node; each change is refused, like {@link #changeStatus}, to a caller who may not make it.
     */
    @Transactional
    public int expireLapsed(LocalDate today) {
        var lapsed = agreements.inForceEndingBefore(today);
        for (var id : lapsed) {
            var validity = agreement(id).summary().validity();
            changeStatus(id, AgreementStatus.EXPIRED, validity.until(), "validity ended");
        }
        return lapsed.size();
    }

    private void requireManager(Agreement agreement) {
        requireManager(agreement.id(), agreement.parties());
    }

    private void requireManager(AgreementId id, List<Party> parties) {
        if (!Viewer.current().mayManage(parties)) {
            throw new Forbidden("agreements.refusal.manage", "Only administrators and committee secretaries of a party manage " + id + ".",
                    id.value());
        }
    }

    private void requireKnown(List<Party> parties) {
        for (var party : parties) {
            boolean known = party.isState()
                    ? directory.countries().stream().anyMatch(c -> c.code().equals(party.value()))
                    : directory.agency(AgencyId.of(party.value())).isPresent();
            if (!known) {
                throw new InvalidInput("agreements.refusal.unknownParty", party + " is not in the directory; add the agency there first.",
                        party.toString());
            }
        }
    }

    private void policyChanged(AgreementId id) {
        events.publishEvent(new SharingPolicyChanged(id, versions.bump()));
    }

    private static String subject(AgreementId id) {
        return "agreement:" + id;
    }
}
