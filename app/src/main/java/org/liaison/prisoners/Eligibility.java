package org.liaison.prisoners;

import java.util.List;

import org.liaison.agreements.AgreementId;

/** Whether a prisoner may be transferred under an agreement to its receiving state, with every condition's finding. */
public record Eligibility(AgreementId agreement, String receivingCountry, List<Finding> findings) {

    public Eligibility {
        findings = List.copyOf(findings);
    }

    public boolean eligible() {
        return findings.stream().allMatch(f -> f.outcome().passes());
    }

    /** The conditions not met: what stands in the way. */
    public List<Finding> obstacles() {
        return findings.stream().filter(f -> !f.outcome().passes()).toList();
    }
}
