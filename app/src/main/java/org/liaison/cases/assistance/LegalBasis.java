package org.liaison.cases.assistance;

import java.time.Instant;

import org.liaison.agreements.Agreement;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.directory.AgencyId;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * A request's legal basis, checked against the agreements registry through its facade: an agreement the officer
 * may see, in force today, with both offices among its parties, and the article named among its clauses. What the
 * exchange then allows to travel is its own question, asked when sending.
 */
@Component
class LegalBasis {

    private final AgreementRegistry registry;

    LegalBasis(AgreementRegistry registry) {
        this.registry = registry;
    }

    void require(String reference, String article, AgencyId office, AgencyId partner, Instant now) {
        var agreement = find(reference);
        if (agreement.status() != AgreementStatus.IN_FORCE || !inForceAt(agreement, now)) {
            throw new InvalidInput("cases.assistance.error.notInForce", "agreement " + reference + " is not in force",
                    reference);
        }
        if (!agreement.involves(office) || !agreement.involves(partner)) {
            throw new InvalidInput("cases.assistance.error.notParties", "agreement " + reference + " does not bind "
                    + office + " and " + partner, reference, office.value(), partner.value());
        }
        if (agreement.clauses().stream().noneMatch(c -> c.article().equalsIgnoreCase(article))) {
            throw new InvalidInput("cases.assistance.error.noArticle", "agreement " + reference + " has no article "
                    + article, reference, article);
        }
    }

    private Agreement find(String reference) {
        try {
            return registry.agreement(AgreementId.of(reference));
        } catch (NotFound | InvalidInput e) {
            throw new InvalidInput("cases.assistance.error.unknownAgreement", "no agreement " + reference
                    + " in the registry", reference);
        }
    }

    private static boolean inForceAt(Agreement agreement, Instant now) {
        var validity = agreement.effectiveValidity();
        var start = validity.start();
        var end = validity.end();
        return (start == null || !now.isBefore(start)) && (end == null || now.isBefore(end));
    }
}
