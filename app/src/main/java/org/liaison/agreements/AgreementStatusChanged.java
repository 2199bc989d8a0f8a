package org.liaison.agreements;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An agreement moved in its lifecycle, e.g. entered into force or expired. */
public record AgreementStatusChanged(AgreementId agreement, AgreementStatus from, AgreementStatus to,
                                     @Nullable LocalDate effective) {
}
