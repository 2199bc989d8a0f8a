package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An agreement as lists show it. */
public record AgreementSummary(AgreementId id, AgreementKind kind, String title, @Nullable String nativeTitle,
                               AgreementStatus status, boolean restricted, List<Party> parties,
                               @Nullable LocalDate signedOn, Validity validity, @Nullable Integer coversYear,
                               Set<CooperationArea> areas) {
}
