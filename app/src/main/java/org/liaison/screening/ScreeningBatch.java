package org.liaison.screening;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/** An uploaded list being screened row by row; {@code matched} counts rows with at least one possible match. */
public record ScreeningBatch(BatchId id, String fileName, AgencyId agency, String officer, @Nullable String checkpoint,
                             double threshold, int total, int done, int matched, Status status, Instant createdAt,
                             @Nullable Instant finishedAt) {

    public enum Status {
        QUEUED, RUNNING, DONE
    }

    /** Percentage done, 0 to 100. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
