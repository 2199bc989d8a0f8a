package org.liaison.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A watchlist entry: a person or an organisation (the record keeps its first name for compatibility).
 *
 * @param id unique identifier chosen by the caller
 * @param names the person's names in any script, primary first (aliases after)
 * @param dateOfBirth {@code yyyy-mm-dd}, {@code yyyymmdd} or {@code yyyy}; null when unknown
 * @param nationality country code or name; null when unknown
 * @param gender null when unknown
 * @param documents passport or identity numbers, any punctuation
 * @param kind a person or an organisation; null to infer it (a name ending in a legal form is an organisation)
 */
public record Person(String id, List<String> names, @Nullable String dateOfBirth, @Nullable String nationality,
                     @Nullable Gender gender, List<String> documents, @Nullable EntityKind kind) {

    public Person {
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (names.isEmpty() || names.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("an entry needs at least one name");
        }
        names = List.copyOf(names);
        documents = List.copyOf(documents);
    }

    /** An entry whose kind is inferred from its name. */
    public Person(String id, List<String> names, @Nullable String dateOfBirth, @Nullable String nationality,
                  @Nullable Gender gender, List<String> documents) {
        this(id, names, dateOfBirth, nationality, gender, documents, null);
    }

    /** An organisation known only by one name. */
    public static Person organisation(String id, String name) {
        return new Person(id, List.of(name), null, null, null, List.of(), EntityKind.ORGANISATION);
    }

    /** A person known only by one name. */
    public static Person named(String id, String name) {
        return new Person(id, List.of(name), null, null, null, List.of());
    }
}
