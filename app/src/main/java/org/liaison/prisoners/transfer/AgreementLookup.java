package org.liaison.prisoners.transfer;

import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementSummary;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Looks agreements up in the agreements module as the current officer may see them, through the list rather than
 * {@link AgreementRegistry#agreement}, whose not-found exception would mark the caller's transaction for rollback.
 */
@Component
public class AgreementLookup {

    private final AgreementRegistry registry;

    AgreementLookup(AgreementRegistry registry) {
        this.registry = registry;
    }

    public AgreementSummary require(AgreementId id) {
        return registry.find(AgreementFilter.none()).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInput("agreement " + id + " is not in the registry"));
    }
}
