package org.liaison.cases.assistance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.cases.AssistanceKind;
import org.liaison.cases.AssistanceRequest;
import org.liaison.cases.AssistanceStatus;
import org.liaison.cases.payload.LegalAssistance;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.MessageReceived;
import org.liaison.shared.NodeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What partners' prosecutors send in, in the transaction that accepts the message (a failure makes the sender
 * retry): a request is kept for the requested office, once per message; an answer closes the request it names,
 * only when it comes from the office that was asked and only the first time.
 */
@Component
class AssistanceInbox {

    private static final Logger log = LoggerFactory.getLogger(AssistanceInbox.class);

    private final AssistanceRecords requests;
    private final AuditTrail audit;
    private final Clock clock;

    AssistanceInbox(AssistanceRecords requests, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(MessageReceived message) {
        if (!(message.payload() instanceof LegalAssistance payload)) {
            return;
        }
        NodeTask.run("legal-assistance", () -> {
            if (payload.answering() && message.kind() == MessageKind.REPLY) {
                answered(message, payload);
            } else if (!payload.answering() && message.kind() == MessageKind.REQUEST) {
                received(message, payload);
            } else {
                log.warn("legal assistance message {} is a {} carrying a {}: kept in the exchange only", message.id(),
                        message.kind(), payload.step());
            }
        });
    }

    private void received(MessageReceived message, LegalAssistance payload) {
        var reference = uuid(payload.reference());
        var deadline = date(payload.deadline());
        if (reference.isEmpty() || deadline.isEmpty() || payload.agreement() == null || payload.article() == null) {
            log.warn("legal assistance request {} lacks its reference, deadline or legal basis: kept in the exchange only",
                    message.id());
            return;
        }
        var id = UUID.randomUUID();
        var request = new AssistanceRequest(id, false, message.recipient(), message.sender(), kind(payload.assistance()),
                payload.agreement(), payload.article(), null, payload.caseNumber(), payload.subject(), payload.body(),
                deadline.get(), AssistanceStatus.PENDING, List.of(), null, message.id().value(), "node:" + message.sender(),
                Instant.now(clock), null);
        requests.insert(request, reference.get());
        audit.record(AuditAction.ASSISTANCE_REQUEST_RECEIVED, "assistance:" + id, "message=" + message.id() + " from="
                + message.sender() + " to=" + message.recipient() + " kind=" + request.kind() + " basis="
                + request.legalBasis() + " deadline=" + request.deadline());
    }

    private void answered(MessageReceived message, LegalAssistance payload) {
        var reference = uuid(payload.reference());
        var outcome = outcome(payload.outcome());
        if (reference.isEmpty() || outcome.isEmpty()) {
            log.warn("legal assistance answer {} names no request or outcome: kept in the exchange only", message.id());
            return;
        }
        if (requests.answer(reference.get(), true, message.sender(), outcome.get(), payload.body(), message.id().value(),
                "node:" + message.sender(), Instant.now(clock))) {
            audit.record(AuditAction.ASSISTANCE_ANSWER_RECEIVED, "assistance:" + reference.get(), "message="
                    + message.id() + " from=" + message.sender() + " outcome=" + outcome.get());
        }
    }

    private static AssistanceKind kind(@org.jspecify.annotations.Nullable String name) {
        try {
            return name == null ? AssistanceKind.SHARE_CASE_INFORMATION : AssistanceKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return AssistanceKind.SHARE_CASE_INFORMATION;   // a kind this node does not know yet: the text says it
        }
    }

    private static Optional<AssistanceStatus> outcome(@org.jspecify.annotations.Nullable String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(AssistanceStatus.valueOf(name)).filter(AssistanceStatus::answered);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(@org.jspecify.annotations.Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
