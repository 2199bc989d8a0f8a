package org.liaison.agreements.internal;

import java.util.HashMap;

import org.liaison.agreements.AgreementId;
import org.liaison.agreements.PolicyAnswer;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.policy.PolicyIndex;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.shared.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Tells officers the policy's decisions without disclosing the restricted agreements they may not see, by the
 * rule the agreement pages use ({@link Viewer#maySee}). Only about data that the officer's agency, or one under
 * it, sends: that officer needs the verdict to act. Asking about another agency's data is refused and audited,
 * since even the bare verdict would tell whether agreements between others exist.
 */
@Component
public class PolicyAnswers {

    private final Agreements agreements;
    private final AuditTrail audit;

    PolicyAnswers(Agreements agreements, AuditTrail audit) {
        this.agreements = agreements;
        this.audit = audit;
    }

    public PolicyAnswer answer(PolicyIndex index, PolicyQuery query) {
        var viewer = Viewer.current();
        if (!viewer.reaches(query.sender())) {
            audit.recordRejection(AuditAction.ACCESS_DENIED, "policy:" + query.sender() + " → " + query.recipient(),
                    Outcome.DENIED, "asked about data sent by an agency outside the officer's own");
            throw new Forbidden("agreements.refusal.askOwn", "You can ask only about data that your agency, or an agency under it, sends.");
        }
        var visible = new HashMap<AgreementId, Boolean>();
        var seen = index.decideAmong(query, id -> visible.computeIfAbsent(id,
                key -> agreements.summary(key).filter(viewer::maySee).isPresent()));
        return PolicyAnswer.of(index.decide(query), seen, query);
    }
}
