package org.liaison.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Screening activity over a period, for the officer's agency (or the whole node for an administrator).
 *
 * @param screenings single screenings (form and API)
 * @param batchRows rows screened in uploaded lists
 * @param falsePositiveRate discarded / decided, or null when nothing was decided
 */
public record ScreeningStatistics(LocalDate from, LocalDate to, long screenings, long batchRows, long possible,
                                  long confirmed, long discarded, Double falsePositiveRate,
                                  Map<NoticeType, Long> confirmedByNotice, List<Count> byCheckpoint,
                                  long ownAlertsInForce, long partnerAlertsInForce, long reportedToUs) {

    /** A labelled count. */
    public record Count(String label, long count) {
    }
}
