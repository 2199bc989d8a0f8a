package org.liaison.committees;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A progress note on a commitment, who posted it, and the evidence attached to it, if any. */
public record ProgressUpdate(UUID id,
                             CommitmentId commitment,
                             String note,
                             @Nullable CommitmentStatus statusAfter,
                             String postedBy,
                             @Nullable String agency,
                             Instant postedAt,
                             @Nullable EvidenceInfo evidence) {

    /** What is known about an attached file without loading it. */
    public record EvidenceInfo(String fileName, String contentType, int sizeBytes, String sha256) {
    }
}
