package org.liaison.agreements.internal;

import java.util.ArrayList;
import java.util.List;

import org.liaison.agreements.Agreement;
import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.SharingClause;
import org.liaison.agreements.policy.PolicyIndex;
import org.liaison.agreements.policy.PolicyRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads every agreement with clauses from the database and compiles the policy index. */
@Component
class PolicyCompiler {

    private final Agreements agreements;
    private final SharingClauses clauses;
    private final PolicyVersions versions;

    PolicyCompiler(Agreements agreements, SharingClauses clauses, PolicyVersions versions) {
        this.agreements = agreements;
        this.clauses = clauses;
        this.versions = versions;
    }

    /** A consistent snapshot: the version read in the same transaction as the clauses it describes. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    CompiledPolicy compile() {
        long version = versions.current();
        var rules = new ArrayList<PolicyRule>();
        clauses.all().forEach((id, list) -> agreements.summary(id).ifPresent(summary ->
                rules.addAll(PolicyRule.allOf(agreementOf(summary, list)))));
        return new CompiledPolicy(version, PolicyIndex.of(rules));
    }

    long currentVersion() {
        return versions.current();
    }

    private Agreement agreementOf(AgreementSummary summary, List<SharingClause> list) {
        var row = agreements.row(summary.id()).orElseThrow();
        return new Agreement(summary, row.signedPlace(), row.meetingForm(), row.summary(), row.endedOn(),
                row.statusNote(), List.of(), list, List.of(), List.of(), List.of(), row.createdAt(), row.createdBy(),
                row.version());
    }

    record CompiledPolicy(long version, PolicyIndex index) {
    }
}
