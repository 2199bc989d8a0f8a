package org.liaison.agreements.policy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Agreement;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.Party;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.SharingClause;

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

    /** The rules an agreement's clauses make, both directions of reciprocal ones. */
    public static List<PolicyRule> allOf(Agreement agreement) {
        var validity = agreement.effectiveValidity();
        var signedOn = agreement.summary().signedOn();
        var start = validity.start() != null ? validity.start()
                : signedOn == null ? null : signedOn.atStartOfDay(validity.zone()).toInstant();
        return agreement.clauses().stream().<PolicyRule>mapMulti((clause, out) -> {
            out.accept(of(agreement, clause, clause.from(), clause.to(), start, validity.end()));
            if (clause.reciprocal()) {
                out.accept(of(agreement, clause, clause.to(), clause.from(), start, validity.end()));
            }
        }).toList();
    }

    private static PolicyRule of(Agreement agreement, SharingClause clause, Party from, Party to,
                                 @Nullable Instant start, @Nullable Instant end) {
        return new PolicyRule(new ClauseRef(agreement.id(), clause.article()), agreement.title(), agreement.status(),
                from, to, clause.categories(), clause.purposes(), clause.handling(), clause.retentionDays(),
                start, end);
    }
}
