package org.liaison.committees;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual implementation review of an agreement or a committee: every commitment that fell due in the
 * year, what became of it as of {@code asOf}, and the progress notes behind that. Exchange volumes by data
 * category are not part of it yet: the exchange module that would count them does not exist.
 */
public record Review(Scope scope, String reference, String title, int year, LocalDate asOf, List<Line> lines) {

    public Review {
        lines = List.copyOf(lines);
    }

    public enum Scope { AGREEMENT, COMMITTEE }

    /** What became of a commitment due in the year. */
    public enum Outcome { DONE_ON_TIME, DONE_LATE, OVERDUE, NOT_YET_DUE, DROPPED }

    public record Line(Commitment commitment, Outcome outcome, List<ProgressUpdate> progress) {

        public Line {
            progress = List.copyOf(progress);
        }

        public static Outcome outcomeOf(Commitment c, LocalDate asOf) {
            return switch (c.status()) {
                case DONE -> c.completedOn() != null && c.completedOn().isAfter(c.dueOn())
                        ? Outcome.DONE_LATE : Outcome.DONE_ON_TIME;
                case DROPPED -> Outcome.DROPPED;
                case OPEN, IN_PROGRESS -> c.overdueOn(asOf) ? Outcome.OVERDUE : Outcome.NOT_YET_DUE;
            };
        }
    }

    /** Everything that fell due in the year. */
    public int due() {
        return lines.size();
    }

    public long done() {
        return count(Outcome.DONE_ON_TIME) + count(Outcome.DONE_LATE);
    }

    /** Done after the due date, or not done and past it. */
    public long late() {
        return count(Outcome.DONE_LATE) + count(Outcome.OVERDUE);
    }

    /** Neither done nor dropped yet. */
    public long stillOpen() {
        return count(Outcome.OVERDUE) + count(Outcome.NOT_YET_DUE);
    }

    public long dropped() {
        return count(Outcome.DROPPED);
    }

    private long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }
}
