package org.liaison.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is known about the person being screened; only the name is required.
 *
 * @param name the name as read (passport, MRZ, alert), any script and order
 * @param dateOfBirth {@code yyyy-mm-dd}, {@code yyyymmdd} or {@code yyyy}
 * @param documents document numbers read from the travel document
 * @param kind when given, only entries of this kind answer; null to infer it from the name
 */
public record Query(String name, @Nullable String dateOfBirth, @Nullable String nationality,
                    @Nullable Gender gender, List<String> documents, @Nullable EntityKind kind) {

    public Query {
        documents = List.copyOf(documents);
    }

    /** A query whose kind is inferred from its name; entries of either kind may answer it. */
    public Query(String name, @Nullable String dateOfBirth, @Nullable String nationality, @Nullable Gender gender,
                 List<String> documents) {
        this(name, dateOfBirth, nationality, gender, documents, null);
    }

    /** A query for an organisation by name: only organisations answer it. */
    public static Query organisation(String name) {
        return new Query(name, null, null, null, List.of(), EntityKind.ORGANISATION);
    }

    /** A query by name alone. */
    public static Query byName(String name) {
        return new Query(name, null, null, null, List.of());
    }
}
