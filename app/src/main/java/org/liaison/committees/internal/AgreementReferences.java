package org.liaison.committees.internal;

import java.util.List;
import java.util.Optional;

import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.Party;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Looks agreements up in the agreements module, as the current officer may see them. It asks through the
 * list rather than {@link AgreementRegistry#agreement}, whose not-found exception would mark the caller's
 * transaction for rollback.
 */
@Component
public class AgreementReferences {

    private final AgreementRegistry registry;

    AgreementReferences(AgreementRegistry registry) {
        this.registry = registry;
    }

    public Optional<AgreementSummary> find(AgreementId id) {
        return registry.find(AgreementFilter.none()).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The agreement's parties; refused when the registry does not know it or the officer may not see it. */
    List<String> requireParties(AgreementId id) {
        return find(id).orElseThrow(() -> new InvalidInput("committees.refusal.unknownAgreement",
                "agreement " + id + " is not in the registry", id))
                .parties().stream().map(Party::value).toList();
    }

    void requireAll(List<String> ids) {
        ids.forEach(id -> requireParties(AgreementId.of(id)));
    }

    String titleOf(AgreementId id) {
        return find(id).map(AgreementSummary::title).orElse(id.value());
    }
}
