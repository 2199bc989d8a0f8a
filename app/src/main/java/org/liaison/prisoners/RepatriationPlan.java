package org.liaison.prisoners;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;

/**
 * A batch of prisoners to send home under one agreement before a deadline (e.g. before Khmer New Year), with the
 * assumptions the plan rests on written out, so nobody mistakes an assumption for a fact.
 */
public record RepatriationPlan(PlanId id, String title, AgencyId administration, AgreementId agreement,
                               String receivingCountry, LocalDate deadline, @Nullable String assumptions,
                               List<PrisonerId> prisoners) {

    public RepatriationPlan {
        prisoners = List.copyOf(prisoners);
    }
}
