package org.liaison.cases.internal;

import org.liaison.cases.CaseFile;
import org.liaison.cases.CaseId;
import org.liaison.cases.CrimeCase;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/** A case with everything linked to it, for the caller who may see it; "not found" for anyone else. */
@Component
public class CaseFiles {

    private final CaseRecords cases;
    private final CaseLinks links;
    private final Custody custody;
    private final Shares shares;

    CaseFiles(CaseRecords cases, CaseLinks links, Custody custody, Shares shares) {
        this.cases = cases;
        this.links = links;
        this.custody = custody;
        this.shares = shares;
    }

    public CaseFile of(CaseId id) {
        return of(cases.visible(id).orElseThrow(() -> new NotFound("case", id)));
    }

    public CaseFile of(CrimeCase c) {
        var id = c.id();
        return new CaseFile(c, links.persons(id), links.vehicles(id), links.seizures(id), custody.of(id), shares.of(id));
    }
}
