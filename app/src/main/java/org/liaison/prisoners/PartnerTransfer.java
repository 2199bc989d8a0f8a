package org.liaison.prisoners;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * A transfer another node asked this node's agency to decide, as the receiving state sees it: what it was told of
 * the prisoner (never health data), the step, and its answer. Both nodes keep the same id for the case.
 *
 * @param daysLeft the days left of the sentence on {@code countedOn}, as the sending state counted them
 */
public record PartnerTransfer(TransferId id, AgencyId sendingAgency, AgencyId receivingAgency,
                              @Nullable String agreement, int position, PartnerState state, String prisonerName,
                              @Nullable String nativeName, @Nullable String nationality, @Nullable String sex,
                              @Nullable LocalDate bornOn, @Nullable String offences, @Nullable LocalDate releaseOn,
                              @Nullable Integer daysLeft, @Nullable LocalDate countedOn, String summary,
                              @Nullable String note, @Nullable Adaptation adaptation, @Nullable String decidedBy,
                              @Nullable Instant decidedAt, Instant receivedAt, @Nullable Handover handover,
                              int version) {
}
