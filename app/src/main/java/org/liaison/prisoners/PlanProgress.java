package org.liaison.prisoners;

import java.util.List;

/** A plan with every prisoner's standing, the days left to its deadline, and how many are through. */
public record PlanProgress(RepatriationPlan plan, List<PlanEntry> entries, long daysLeft) {

    public PlanProgress {
        entries = List.copyOf(entries);
    }

    /** Approved by both chains, handed over or not yet. */
    public long approved() {
        return entries.stream().filter(e -> e.standing() == PlanEntry.Standing.APPROVED
                || e.standing() == PlanEntry.Standing.TRANSFERRED).count();
    }

    /** Handed over at the border, confirmed by both sides. */
    public long transferred() {
        return entries.stream().filter(e -> e.standing() == PlanEntry.Standing.TRANSFERRED).count();
    }

    public long blocking() {
        return entries.stream().filter(e -> e.standing().blocks()).count();
    }

    /**
     * How far the plan is, in whole per cent: each prisoner counts as done once handed over (or released before the
     * deadline anyway), half done once both chains approved.
     */
    public int percent() {
        if (entries.isEmpty()) {
            return 0;
        }
        long halves = entries.stream().mapToLong(e -> switch (e.standing()) {
            case TRANSFERRED, RELEASED_BEFORE_DEADLINE -> 2;
            case APPROVED -> 1;
            default -> 0;
        }).sum();
        return (int) (100 * halves / (2L * entries.size()));
    }
}
