package org.liaison.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A watchlist entry.
 *
 * @param id unique identifier chosen by the caller
 * @param names the person's names in any script, primary first (aliases after)
 * @param dateOfBirth {@code yyyy-mm-dd}, {@code yyyymmdd} or {@code yyyy}; null when unknown
 * @param nationality country code or name; null when unknown
 * @param gender null when unknown
 * @param documents passport or identity numbers, any punctuation
 */
public record Person(String id, List<String> names, @Nullable String dateOfBirth, @Nullable String nationality,
                     @Nullable Gender gender, List<String> documents) {

    public Person {
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one name");
        }
        names = List.copyOf(names);
        documents = List.copyOf(documents);
    }

    /** A person known only by one name. */
    public static Person named(String id, String name) {
        return new Person(id, List.of(name), null, null, null, List.of());
    }
}
