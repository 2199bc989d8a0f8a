package org.liaison.cases;

import java.util.List;

import org.liaison.screening.PossibleMatch;

/**
 * A person just linked to a case, with what the node knew of the name at once: the alerts it possibly matches
 * (each a hit for screening officers to decide) and the persons of the caller's other cases with a name that
 * matches across scripts.
 */
public record PersonAdded(LinkedPerson person, List<PossibleMatch> alerts, List<CaseLink> namesakes) {

    public PersonAdded {
        alerts = List.copyOf(alerts);
        namesakes = List.copyOf(namesakes);
    }
}
