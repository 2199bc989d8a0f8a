package org.liaison.agreements.policy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.DenyReason;
import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.PolicyExplanation;
import org.liaison.agreements.PolicyExplanation.Code;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;

/** A policy rule reduced to masks and epoch seconds, with its allow answer prepared. */
record CompiledRule(PolicyRule source, long categories, long purposes, boolean enteredIntoForce,
                    long validFrom, long validUntil, PolicyDecision allowed) {

    static CompiledRule of(PolicyRule rule) {
        long categories = rule.categories().stream().mapToLong(DataCategory::bit).reduce(0, (a, b) -> a | b);
        long purposes = rule.purposes().stream().mapToLong(Purpose::bit).reduce(0, (a, b) -> a | b);
        long from = seconds(rule.validFrom(), Long.MIN_VALUE);
        long until = seconds(rule.validUntil(), Long.MAX_VALUE);
        var allowed = PolicyDecision.allow(rule.clause(), rule.handling(), rule.retentionDays(),
                explanation(rule, Code.ALLOWED, null, null));
        return new CompiledRule(rule, categories, purposes, rule.status().enteredIntoForce(), from, until, allowed);
    }

    ClauseRef clause() {
        return source.clause();
    }

    String sortKey() {
        return source.clause().toString();
    }

    /** Null when the rule allows; otherwise why not, checking the most basic condition first. */
    @Nullable DenyReason test(long category, long purpose, long at) {
        if ((categories & category) == 0) {
            return DenyReason.CATEGORY_NOT_COVERED;
        }
        if ((purposes & purpose) == 0) {
            return DenyReason.PURPOSE_NOT_COVERED;
        }
        if (!enteredIntoForce) {
            return DenyReason.NOT_IN_FORCE;
        }
        if (at < validFrom) {
            return DenyReason.NOT_YET_VALID;
        }
        return at >= validUntil ? DenyReason.EXPIRED : null;
    }

    /** The deny answer naming this rule as the closest, for the reason it missed. */
    PolicyDecision deny(DenyReason reason, PolicyQuery query) {
        var at = switch (reason) {
            case NOT_YET_VALID -> source.validFrom();
            case EXPIRED -> source.validUntil();
            default -> null;
        };
        return PolicyDecision.deny(reason, source.clause(), explanation(source, Code.of(reason), query, at));
    }

    private static PolicyExplanation explanation(PolicyRule rule, Code code, @Nullable PolicyQuery query,
                                                 @Nullable Instant at) {
        return PolicyExplanation.ofClause(code, rule.clause(), rule.agreementTitle(), rule.from(), rule.to(),
                rule.categories(), rule.purposes(), query, rule.status(), at, rule.handling(), rule.retentionDays());
    }

    private static long seconds(@Nullable Instant instant, long otherwise) {
        return instant == null ? otherwise : instant.getEpochSecond();
    }
}
