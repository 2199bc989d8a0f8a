package org.liaison.screening;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * A partner's report that it found the subject of one of this node's alerts; the issuing officer answers
 * the message it came in (its {@code message}) with instructions. It is kept under that message's retention;
 * once purged ({@code purgedAt}), the summary is empty.
 */
public record ReportedHit(UUID id, AlertId alert, UUID message, AgencyId reportingAgency, @Nullable String checkpoint,
                          String summary, Instant receivedAt, @Nullable Instant purgedAt) {
}
