package org.liaison.cases;

import java.util.List;
import java.util.UUID;

/** An evidence item of a case with its whole chain of custody, oldest hand-over first. */
public record EvidenceItem(UUID id, CaseId caseId, String label, String description, List<HandOver> chain) {

    public EvidenceItem {
        chain = List.copyOf(chain);
    }

    /** Who holds it now: whoever it was last handed to. */
    public String holder() {
        return chain.getLast().toHolder();
    }
}
