package org.liaison.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is known about the person being screened; only the name is required.
 *
 * @param name the name as read (passport, MRZ, alert), any script and order
 * @param dateOfBirth {@code yyyy-mm-dd}, {@code yyyymmdd} or {@code yyyy}
 * @param documents document numbers read from the travel document
 */
public record Query(String name, @Nullable String dateOfBirth, @Nullable String nationality,
                    @Nullable Gender gender, List<String> documents) {

    public Query {
        documents = List.copyOf(documents);
    }

    /** A query by name alone. */
    public static Query byName(String name) {
        return new Query(name, null, null, null, List.of());
    }
}
