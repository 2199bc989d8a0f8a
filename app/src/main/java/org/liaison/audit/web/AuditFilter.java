package org.liaison.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.Outcome;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The filter bar of the audit page, as the browser sends it. Dates are days in the viewer's time zone. */
record AuditFilter(@Nullable @Size(max = 100) String actor,
                   @Nullable @Size(max = 64) String agency,
                   @Nullable AuditAction action,
                   @Nullable Outcome outcome,
                   @Nullable @Size(max = 100) String text,
                   @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @Nullable @Min(0) Integer page) {

    boolean rangeIsReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    /** The whole of the {@code to} day is included. */
    AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(actor, agency == null ? null : agency.strip().toUpperCase(java.util.Locale.ROOT),
                action, outcome, text,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
