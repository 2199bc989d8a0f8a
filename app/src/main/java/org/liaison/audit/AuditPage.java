package org.liaison.audit;

import java.util.List;

/** One page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
