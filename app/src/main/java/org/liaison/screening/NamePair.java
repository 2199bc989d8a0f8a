package org.liaison.screening;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.matching.EntityKind;

/**
 * Two names to compare, in any script, with what else is known of each (all optional but the names).
 *
 * @param first the first name as written
 * @param second the second name as written
 * @param kind {@code PERSON} or {@code ORGANISATION}; null to infer it from the names (a legal form at the end)
 * @param firstDateOfBirth ISO 8601 ({@code 1978-11-12}) or a year
 * @param secondDateOfBirth ISO 8601 or a year
 * @param firstDocument a passport or identity number of the first
 * @param secondDocument a passport or identity number of the second
 */
public record NamePair(@Nullable @Size(max = 256) String first, @Nullable @Size(max = 256) String second,
                       @Nullable EntityKind kind,
                       @Nullable @Size(max = 10) String firstDateOfBirth, @Nullable @Size(max = 10) String secondDateOfBirth,
                       @Nullable @Size(max = 40) String firstDocument, @Nullable @Size(max = 40) String secondDocument) {

    /** An empty pair, for the form. */
    public static NamePair blank() {
        return new NamePair(null, null, null, null, null, null, null);
    }
}
