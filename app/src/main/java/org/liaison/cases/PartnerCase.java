package org.liaison.cases;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case summary a partner agency shared with one of this node's agencies, as it arrived. */
public record PartnerCase(UUID id, UUID messageId, String sender, String recipient, @Nullable String caseNumber,
                          @Nullable String offence, String subject, String body, Instant receivedAt) {
}
