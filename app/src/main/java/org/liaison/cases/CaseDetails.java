package org.liaison.cases;

import java.time.LocalDate;
import java.util.List;

import org.liaison.directory.AgencyId;
import org.liaison.shared.InvalidInput;

/** What an officer says about a case, checked as a whole: it happened before it was reported. */
public record CaseDetails(CaseType type, String title, String summary, AgencyId leadAgency, List<String> officers,
                          Place place, LocalDate occurredOn, LocalDate reportedOn) {

    public CaseDetails {
        officers = List.copyOf(officers);
        if (reportedOn.isBefore(occurredOn)) {
            throw new InvalidInput("a case cannot be reported before it happened");
        }
    }

    /** Refuses dates after {@code today} (the node's day): a case records what happened, not what may. */
    public void requireNotAfter(LocalDate today) {
        if (occurredOn.isAfter(today) || reportedOn.isAfter(today)) {
            throw new InvalidInput("dates in the future: today is " + today);
        }
    }
}
