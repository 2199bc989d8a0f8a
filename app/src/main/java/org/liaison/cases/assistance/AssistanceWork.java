package org.liaison.cases.assistance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.cases.AssistanceAnswer;
import org.liaison.cases.AssistanceDesk;
import org.liaison.cases.AssistanceDraft;
import org.liaison.cases.AssistanceRequest;
import org.liaison.cases.AssistanceResult;
import org.liaison.cases.AssistanceStatus;
import org.liaison.cases.CaseId;
import org.liaison.cases.CrimeCase;
import org.liaison.cases.internal.CaseRecords;
import org.liaison.cases.payload.LegalAssistance;
import org.liaison.directory.Directory;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.SendCheck;
import org.liaison.exchange.Sent;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.shared.Conflict;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Sends requests for mutual legal assistance and answers those received, for the facade and inside its transaction:
 * the request's rules, its legal basis and the linked case are checked first, then the exchange decides whether it
 * may travel; a refusal is a value and leaves nothing written, a request sent is kept and audited with its message.
 */
@Component
public class AssistanceWork {

    private final AssistanceRecords requests;
    private final LegalBasis basis;
    private final CaseRecords cases;
    private final Exchange exchange;
    private final Directory directory;
    private final AuditTrail audit;
    private final ThisNode node;
    private final Clock clock;

    AssistanceWork(AssistanceRecords requests, LegalBasis basis, CaseRecords cases, Exchange exchange,
                   Directory directory, AuditTrail audit, ThisNode node, Clock clock) {
        this.requests = requests;
        this.basis = basis;
        this.cases = cases;
        this.exchange = exchange;
        this.directory = directory;
        this.audit = audit;
        this.node = node;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(node.zone()));
    }

    /** What sending the request would answer now; the rules and the legal basis are checked first, as when sending. */
    public SendCheck check(AssistanceDraft draft) {
        return exchange.check(message(draft, prepare(draft), UUID.randomUUID()));
    }

    /** Sends the request; kept only when the exchange queued it. */
    public AssistanceResult ask(AssistanceDraft draft) {
        var linked = prepare(draft);
        var id = UUID.randomUUID();
        var result = exchange.send(message(draft, linked, id));
        if (!(result instanceof Sent sent)) {
            return new AssistanceResult(result, null);
        }
        var request = new AssistanceRequest(id, true, draft.officeId(), draft.partnerId(),
                Objects.requireNonNull(draft.kind()), Objects.requireNonNull(draft.agreement()),
                Objects.requireNonNull(draft.article()), linked == null ? null : linked.id().value(),
                linked == null ? null : linked.number(), Objects.requireNonNull(draft.subject()),
                Objects.requireNonNull(draft.description()), Objects.requireNonNull(draft.deadline()),
                AssistanceStatus.PENDING, draft.investigators(), null, sent.id().value(), Reach.current().actor(),
                Instant.now(clock), null);
        requests.insert(request, null);
        audit.record(AuditAction.ASSISTANCE_REQUESTED, "assistance:" + id, "message=" + sent.id() + " from="
                + request.office() + " to=" + request.partner() + " kind=" + request.kind() + " basis="
                + request.legalBasis() + " deadline=" + request.deadline() + " clause=" + sent.clause());
        return new AssistanceResult(result, request);
    }

    /** Answers a pending request received for the caller's office; the answer goes back in its conversation. */
    public AssistanceResult answer(UUID id, AssistanceAnswer answer) {
        answer.requireAnswer();
        var request = requests.visible(id, true).orElseThrow(() -> new NotFound("assistance request", id));
        if (request.outgoing()) {
            throw new Conflict("cases.assistance.error.ownRequest", "the requested office answers, not the requesting one");
        }
        requireProsecutorOf(request);
        if (request.status().answered()) {
            throw new Conflict("cases.assistance.error.answered", "this request was answered already");
        }
        var outcome = Objects.requireNonNull(answer.outcome());
        var text = Objects.requireNonNull(answer.text());
        var reference = requests.partnerReferenceOf(id).orElseThrow();
        var payload = new LegalAssistance("Answer: " + request.subject(), text, reference.toString(),
                LegalAssistance.ANSWER, request.kind().name(), request.agreement(), request.article(),
                request.caseNumber(), request.deadline().toString(), outcome.name());
        var result = exchange.send(new OutgoingMessage(request.office(), request.partner(), MessageKind.REPLY,
                DataCategory.LEGAL_ASSISTANCE_REQUEST, Purpose.PROSECUTION, payload, null,
                new MessageId(request.messageId()), List.of()));
        if (!(result instanceof Sent sent)) {
            return new AssistanceResult(result, null);
        }
        requests.answer(id, false, request.partner(), outcome, text, sent.id().value(), Reach.current().actor(), Instant.now(clock));
        audit.record(AuditAction.ASSISTANCE_ANSWERED, "assistance:" + id, "message=" + sent.id() + " to="
                + request.partner() + " outcome=" + outcome + " deadline=" + request.deadline());
        return new AssistanceResult(result, requests.visible(id, false).orElseThrow());
    }

    /** The investigating officers (user names) who may follow the request besides the office's prosecutors. */
    public AssistanceRequest name(UUID id, List<String> investigators) {
        var request = requests.visible(id, true).orElseThrow(() -> new NotFound("assistance request", id));
        requireProsecutorOf(request);
        requests.name(id, investigators);
        audit.record(AuditAction.ASSISTANCE_INVESTIGATORS_NAMED, "assistance:" + id, "investigators=" + investigators);
        return requests.visible(id, false).orElseThrow();
    }

    public List<AssistanceRequest> visible(int limit) {
        return requests.visibleList(limit);
    }

    public AssistanceRequest visible(UUID id) {
        return requests.visible(id, false).orElseThrow(() -> new NotFound("assistance request", id));
    }

    public List<AssistanceDesk> desks() {
        return requests.desks(today());
    }

    /** The draft's rules, the offices, the legal basis and the linked case; the case, if any, for the request. */
    private @Nullable CrimeCase prepare(AssistanceDraft draft) {
        draft.requireConsistent(today());
        var office = draft.officeId();
        if (directory.agency(office).isEmpty() || directory.agency(draft.partnerId()).isEmpty()) {
            throw new InvalidInput("cases.assistance.error.unknownOffice", "unknown office: " + office + " or "
                    + draft.partner());
        }
        if (!Reach.current().covers(office)) {
            throw new Forbidden("you do not act for " + office + ": a request goes from your office or one below it");
        }
        basis.require(Objects.requireNonNull(draft.agreement()), Objects.requireNonNull(draft.article()), office,
                draft.partnerId(), Instant.now(clock));
        if (draft.caseId() == null) {
            return null;
        }
        return cases.visible(new CaseId(draft.caseId())).orElseThrow(() -> new InvalidInput(
                "cases.assistance.error.unknownCase", "no case " + draft.caseId() + " of yours"));
    }

    private OutgoingMessage message(AssistanceDraft draft, @Nullable CrimeCase linked, UUID id) {
        var deadline = Objects.requireNonNull(draft.deadline());
        var payload = new LegalAssistance(Objects.requireNonNull(draft.subject()),
                Objects.requireNonNull(draft.description()), id.toString(), LegalAssistance.REQUEST,
                Objects.requireNonNull(draft.kind()).name(), draft.agreement(), draft.article(),
                linked == null ? null : linked.number(), deadline.toString(), null);
        // the deadline's whole day counts, in UTC as both nodes count it
        var replyBy = deadline.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new OutgoingMessage(draft.officeId(), draft.partnerId(), MessageKind.REQUEST,
                DataCategory.LEGAL_ASSISTANCE_REQUEST, Purpose.PROSECUTION, payload, replyBy, null, List.of());
    }

    private static void requireProsecutorOf(AssistanceRequest request) {
        var reach = Reach.current();
        if (!reach.has(org.liaison.identity.Role.PROSECUTOR) || !reach.covers(request.office())) {
            throw new Forbidden("only a prosecutor of " + request.office() + " acts on this request");
        }
    }
}
