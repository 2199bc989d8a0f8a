package org.liaison.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A summary of the case sent to a partner agency: which parts, under which clause, as which message. */
public record CaseShare(UUID messageId, String recipient, String purpose, List<SharePart> parts, String clause,
                        String sharedBy, Instant sharedAt) {
}
