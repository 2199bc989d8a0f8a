package org.liaison.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * A request for mutual legal assistance as this node keeps it: sent by one of its prosecutors' offices
 * ({@code outgoing}) or received for one of them, with its legal basis, the linked case, the deadline and, once
 * answered, the outcome.
 *
 * @param office this node's office (the requesting one when outgoing, the requested one when incoming)
 * @param partner the other side's office
 * @param caseId the linked case of this node, if any
 * @param caseNumber the case number the request names (the partner's number when incoming)
 * @param investigators the investigating officers (user names of this node) the office's prosecutors named
 */
public record AssistanceRequest(UUID id, boolean outgoing, AgencyId office, AgencyId partner, AssistanceKind kind,
                                String agreement, String article, @Nullable UUID caseId, @Nullable String caseNumber,
                                String subject, String description, LocalDate deadline, AssistanceStatus status,
                                List<String> investigators, @Nullable String outcome, UUID messageId,
                                String createdBy, Instant createdAt, @Nullable Instant answeredAt) {

    public AssistanceRequest {
        investigators = List.copyOf(investigators);
    }

    /** Pending after its deadline, {@code today} being the node's day. */
    public boolean overdue(LocalDate today) {
        return status == AssistanceStatus.PENDING && today.isAfter(deadline);
    }

    /** Answered no later than the deadline's day (in UTC, as both nodes count it). */
    public boolean answeredOnTime() {
        return answeredAt != null && !LocalDate.ofInstant(answeredAt, java.time.ZoneOffset.UTC).isAfter(deadline);
    }

    public String legalBasis() {
        return agreement + " art. " + article;
    }
}
