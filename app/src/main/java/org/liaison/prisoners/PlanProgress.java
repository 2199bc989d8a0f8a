package org.liaison.prisoners;

import java.util.List;

/** A plan with every prisoner's standing, the days left to its deadline, and how many are through. */
public record PlanProgress(RepatriationPlan plan, List<PlanEntry> entries, long daysLeft) {

    public PlanProgress {
        entries = List.copyOf(entries);
    }

    public long approved() {
        return entries.stream().filter(e -> e.standing() == PlanEntry.Standing.APPROVED).count();
    }

    public long blocking() {
        return entries.stream().filter(e -> e.standing().blocks()).count();
    }

    /** Share of the plan's prisoners whose transfer is approved, in whole per cent. */
    public int percent() {
        return entries.isEmpty() ? 0 : (int) (100 * approved() / entries.size());
    }
}
