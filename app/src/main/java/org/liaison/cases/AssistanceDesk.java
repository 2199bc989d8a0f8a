package org.liaison.cases;

import org.liaison.directory.AgencyId;

/**
 * One line of the mutual legal assistance dashboard: with one partner office, the requests this node's office sent
 * ({@code outgoing}) or received, how many wait for an answer, how many of those are past their deadline, and how
 * many were answered on time and late.
 */
public record AssistanceDesk(AgencyId office, AgencyId partner, boolean outgoing, long pending, long overdue,
                             long answeredOnTime, long answeredLate) {
}
