package org.liaison.agreements.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.DenyReason;
import org.liaison.agreements.Party;
import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.PolicyExplanation;
import org.liaison.agreements.PolicyExplanation.Code;
import org.liaison.agreements.PolicyQuery;
import org.liaison.directory.AgencyId;

/**
 * The sharing clauses of every agreement compiled for one question, asked for every message: may this
 * agency send that category to that agency for this purpose now? Immutable; the registry swaps in a new
 * index when an agreement changes.
 *
 * <p>Parties are interned to small ints and each (sender party, recipient party) pair maps to its rules,
 * so a decision walks the sender's and recipient's ancestor chains (at most 4 × 4 lookups) and tests two
 * bit masks and two longs per rule. The allow answer of each rule is built in advance: allowing allocates
 * nothing.
 */
public final class PolicyIndex {

    private static final int MAX_CACHED_AGENCIES = 20_000;

    private final Map<String, Integer> partyIds;
    private final LongTable<CompiledRule[]> byPair;
    private final Map<String, int[]> chains = new ConcurrentHashMap<>();
    private final int ruleCount;

    private PolicyIndex(Map<String, Integer> partyIds, LongTable<CompiledRule[]> byPair, int ruleCount) {
        this.partyIds = partyIds;
        this.byPair = byPair;
        this.ruleCount = ruleCount;
    }

    /** Compiles the rules; their order does not matter (ties resolve by clause reference). */
    public static PolicyIndex of(Collection<PolicyRule> rules) {
        var ids = new HashMap<String, Integer>();
        var grouped = new HashMap<Long, List<CompiledRule>>();
        for (var rule : rules) {
            int from = ids.computeIfAbsent(rule.from().value(), k -> ids.size() + 1);
            int to = ids.computeIfAbsent(rule.to().value(), k -> ids.size() + 1);
            grouped.computeIfAbsent(pair(from, to), k -> new ArrayList<>()).add(CompiledRule.of(rule));
        }
        var table = new LongTable<CompiledRule[]>(grouped.size());
        grouped.forEach((key, list) -> table.put(key, list.stream()
                .sorted(Comparator.comparing(CompiledRule::sortKey))
                .toArray(CompiledRule[]::new)));
        return new PolicyIndex(Map.copyOf(ids), table, rules.size());
    }

    public static PolicyIndex empty() {
        return of(List.of());
    }

    public int ruleCount() {
        return ruleCount;
    }

    /** Decides a query; allowed if any rule allows it, otherwise denied for the closest rule's reason. */
    public PolicyDecision decide(PolicyQuery query) {
        return decide(query, null);
    }

    /**
     * Decides as if only the agreements {@code among} accepts existed: what may be told to someone who may
     * see those alone. A denial then names, and counts as connecting the agencies, only their clauses.
     */
    public PolicyDecision decideAmong(PolicyQuery query, Predicate<AgreementId> among) {
        return decide(query, among);
    }

    private PolicyDecision decide(PolicyQuery query, @Nullable Predicate<AgreementId> among) {
        int[] senders = chain(query.sender());
        int[] recipients = chain(query.recipient());
        long category = query.category().bit();
        long purpose = query.purpose().bit();
        long at = query.at().getEpochSecond();
        Miss closest = null;
        for (int sender : senders) {
            for (int recipient : recipients) {
                var rules = byPair.get(pair(sender, recipient));
                if (rules == null) {
                    continue;
                }
                for (var rule : rules) {
                    if (among != null && !among.test(rule.clause().agreement())) {
                        continue;
                    }
                    var reason = rule.test(category, purpose, at);
                    if (reason == null) {
                        return rule.allowed();
                    }
                    if (closest == null || reason.compareTo(closest.reason()) > 0) {
                        closest = new Miss(reason, rule);
                    }
                }
            }
        }
        return closest != null ? closest.explain(query) : denyWithoutClause(senders, recipients, query, among);
    }

    private PolicyDecision denyWithoutClause(int[] senders, int[] recipients, PolicyQuery query,
                                             @Nullable Predicate<AgreementId> among) {
        for (int sender : senders) {
            for (int recipient : recipients) {
                if (connects(byPair.get(pair(recipient, sender)), among)) {
                    return PolicyDecision.deny(DenyReason.DIRECTION_NOT_COVERED, null,
                            PolicyExplanation.withoutClause(Code.DIRECTION_NOT_COVERED, query, null));
                }
            }
        }
        return PolicyDecision.deny(DenyReason.NO_AGREEMENT, null, PolicyExplanation.withoutClause(
                among == null ? Code.NO_AGREEMENT : Code.NO_VISIBLE_AGREEMENT, query, null));
    }

    private static boolean connects(CompiledRule @Nullable [] rules, @Nullable Predicate<AgreementId> among) {
        if (rules == null || among == null) {
            return rules != null;
        }
        for (var rule : rules) {
            if (among.test(rule.clause().agreement())) {
                return true;
            }
        }
        return false;
    }

    /** The interned ids of the agency, its parents and its country that appear as parties, most specific first. */
    private int[] chain(AgencyId agency) {
        var cached = chains.get(agency.value());
        if (cached != null) {
            return cached;
        }
        var computed = computeChain(agency);
        if (chains.size() < MAX_CACHED_AGENCIES) {
            chains.put(agency.value(), computed);
        }
        return computed;
    }

    private int[] computeChain(AgencyId agency) {
        return Party.of(agency).lineage().stream().map(party -> partyIds.get(party.value()))
                .filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | to;
    }

    private record Miss(DenyReason reason, CompiledRule rule) {
        PolicyDecision explain(PolicyQuery query) {
            return rule.deny(reason, query);
        }
    }
}
