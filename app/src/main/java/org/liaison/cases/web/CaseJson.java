package org.liaison.cases.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.CaseFile;
import org.liaison.cases.CaseShare;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CaseType;
import org.liaison.cases.CrimeCase;
import org.liaison.cases.EvidenceItem;
import org.liaison.cases.LinkedPerson;
import org.liaison.cases.Place;
import org.liaison.cases.Seizure;
import org.liaison.cases.Vehicle;

/** A case as the API answers it. */
record CaseJson(String id, String number, CaseType type, String title, String summary, CaseStatus status,
                String leadAgency, List<String> officers, Place place, LocalDate occurredOn, LocalDate reportedOn,
                @Nullable LocalDate closedOn, @Nullable String demoNote) {

    static CaseJson of(CrimeCase c) {
        var d = c.details();
        return new CaseJson(c.id().toString(), c.number(), d.type(), d.title(), d.summary(), c.status(),
                d.leadAgency().value(), d.officers(), d.place(), d.occurredOn(), d.reportedOn(), c.closedOn(),
                c.demoNote());
    }

    /** A case with everything linked to it. */
    record File(CaseJson crimeCase, List<LinkedPerson> persons, List<Vehicle> vehicles, List<Seizure> seizures,
                List<EvidenceItem> evidence, List<CaseShare> shares) {

        static File of(CaseFile f) {
            return new File(CaseJson.of(f.crimeCase()), f.persons(), f.vehicles(), f.seizures(), f.evidence(), f.shares());
        }
    }
}
