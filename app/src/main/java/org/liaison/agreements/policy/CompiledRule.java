package org.liaison.agreements.policy;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.DenyReason;
import org.liaison.agreements.PolicyDecision;
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
                "Allowed by " + rule.clause() + " (" + rule.agreementTitle() + "): " + rule.from() + " → "
                        + rule.to() + ", handling " + rule.handling() + ", keep at most " + rule.retentionDays()
                        + " days.");
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

    String explainMiss(DenyReason reason, PolicyQuery query) {
        var prefix = source.clause() + " (" + source.agreementTitle() + ") covers " + source.from() + " → "
                + source.to();
        return switch (reason) {
            case CATEGORY_NOT_COVERED -> prefix + " for " + names(source.categories()) + ", not "
                    + query.category() + ".";
            case PURPOSE_NOT_COVERED -> prefix + " for " + query.category() + " only for "
                    + names(source.purposes()) + ", not " + query.purpose() + ".";
            case NOT_IN_FORCE -> prefix + ", but the agreement is " + source.status() + ", not in force.";
            case NOT_YET_VALID -> prefix + ", but only from " + source.validFrom() + ".";
            case EXPIRED -> prefix + ", but its validity ended at " + source.validUntil() + ".";
            case NO_AGREEMENT, DIRECTION_NOT_COVERED -> prefix + ".";
        };
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static long seconds(@Nullable Instant instant, long otherwise) {
        return instant == null ? otherwise : instant.getEpochSecond();
    }
}
