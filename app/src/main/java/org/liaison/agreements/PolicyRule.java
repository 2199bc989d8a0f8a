package org.liaison.agreements;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One direction of one sharing clause, flattened with what the policy needs of its agreement: the status
 * and the validity window in instants ({@code validUntil} exclusive; null means open).
 */
public record PolicyRule(ClauseRef clause,
                         String agreementTitle,
                         AgreementStatus status,
                         Party from,
                         Party to,
                         Set<DataCategory> categories,
                         Set<Purpose> purposes,
                         HandlingCode handling,
                         int retentionDays,
                         @Nullable Instant validFrom,
                         @Nullable Instant validUntil) {

    public PolicyRule {
        categories = Set.copyOf(categories);
        purposes = Set.copyOf(purposes);
    }
}
