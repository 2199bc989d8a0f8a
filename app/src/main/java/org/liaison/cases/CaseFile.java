package org.liaison.cases;

import java.util.List;

/** A case with everything linked to it, as its page and the API show it. */
public record CaseFile(CrimeCase crimeCase, List<LinkedPerson> persons, List<Vehicle> vehicles,
                       List<Seizure> seizures, List<EvidenceItem> evidence, List<CaseShare> shares) {
}
