package org.liaison.border;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A border pass: the resident it is for, what it permits (purposes, checkpoints, days) and where it stands. Only an
 * approved pass has a token (the signed QR text); a revoked one keeps it, so the list of revoked passes can name it.
 */
public record Pass(UUID id, String number, String agency, String surname, String givenNames,
                   @Nullable String nameInScript, @Nullable LocalDate dateOfBirth, String nationality, String residence,
                   @Nullable String photoHash, List<Purpose> purposes, List<Long> checkpoints, LocalDate validFrom,
                   LocalDate validUntil, PassStatus status, String appliedBy, Instant appliedAt,
                   @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String token,
                   @Nullable Instant revokedAt, @Nullable String revokeReason) {

    public Pass {
        purposes = List.copyOf(purposes);
        checkpoints = List.copyOf(checkpoints);
    }

    /** The holder's name in Latin letters, surname first. */
    public String name() {
        return givenNames.isBlank() ? surname : surname + " " + givenNames;
    }

    /** Refuses a decision the pass's state or the four-eyes rule forbids: the applicant's officer never approves. */
    void requireDecidableBy(String officer) {
        if (status != PassStatus.APPLIED) {
            throw new InvalidPass("decided", "pass " + number + " was already decided");
        }
        if (appliedBy.equals(officer)) {
            throw new InvalidPass("fourEyes", "the officer who took the application cannot decide it");
        }
    }

    void requireRevocable() {
        if (status != PassStatus.APPROVED) {
            throw new InvalidPass("notApproved", "only an approved pass can be revoked");
        }
    }
}
