package org.liaison.agreements;

import java.time.Instant;
import java.util.UUID;

/** A text of an agreement in one language, as uploaded: its fingerprint, not its bytes. */
public record AgreementDocument(UUID id, String language, String filename, String mediaType, int sizeBytes,
                                String sha256, Instant uploadedAt, String uploadedBy) {
}
