package org.liaison.screening;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * A possible match recorded for an officer of the screening agency to confirm or discard, and, once
 * confirmed, where the notification to the issuing agency stands.
 *
 * @param notificationMessage the exchange message that told the issuing agency, when one was sent
 * @param reply the issuing agency's answer to it, once received
 * @param retentionMessage the message whose retention this hit is kept under (ADR 0011): its notification once
 *        sent, else the partner's alert message; null for a hit on this node's own alert
 * @param factors the score explanation line by line; empty for hits recorded before it was kept, and once purged
 * @param purgedAt when the traveller's particulars, the explanation and the note were erased
 */
public record AlertHit(HitId id, AlertId alert, String alertReference, NoticeType noticeType, AgencyId issuingAgency,
                       boolean ownAlert, String alertTitle, AgencyId agency, @Nullable String checkpoint,
                       String travellerName, @Nullable String dateOfBirth, @Nullable String nationality,
                       @Nullable String document, double score, String explanation, List<ScoreFactor> factors, HitStatus status,
                       @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote,
                       HitNotice notice, @Nullable String noticeDetail, java.util.@Nullable UUID notificationMessage,
                       java.util.@Nullable UUID reply, Instant foundAt, @Nullable BatchId batch,
                       java.util.@Nullable UUID retentionMessage, @Nullable Instant purgedAt) {

    /** Where the hit stands for the officer, the issuing agency's answer included. */
    public HitState state() {
        return HitState.of(status, notice);
    }
}
