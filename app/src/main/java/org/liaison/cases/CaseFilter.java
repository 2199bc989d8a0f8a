package org.liaison.cases;

import org.jspecify.annotations.Nullable;

/** Filters of the case list; every one given must match. {@code text} searches number, title and summary. */
public record CaseFilter(@Nullable CaseType type, @Nullable CaseStatus status, @Nullable String province,
                         @Nullable String text) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null);
    }
}
