package org.liaison.bench.matching;

import java.util.List;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;
import org.liaison.matching.Query;

/** The Liaison engine, with or without the non-name attributes (date of birth, nationality, documents). */
final class OursEngine implements Engine {

    private final boolean attributes;
    private NameIndex index = new NameIndex();

    OursEngine(boolean attributes) {
        this.attributes = attributes;
    }

    @Override
    public String name() {
        return attributes ? "Liaison (name + attributes)" : "Liaison (name only)";
    }

    @Override
    public void index(List<Rec> entries) {
        // the library refuses an entry without a name (issue 16): such records (a few FEBRL ones) are not indexed
        index = NameIndex.of(entries.stream().filter(r -> !r.name().isBlank()).map(this::person));
    }

    Person person(Rec r) {
        return attributes
                ? new Person(r.id(), List.of(r.name()), blank(r.dateOfBirth()), blank(r.nationality()), null, r.documents())
                : Person.named(r.id(), r.name());
    }

    @Override
    public List<Scored> search(Rec q, int k) {
        if (q.name().isBlank()) {
            return List.of();
        }
        Query query = attributes ? new Query(q.name(), blank(q.dateOfBirth()), blank(q.nationality()), null, q.documents())
                : Query.byName(q.name());
        return index.search(query, k, 0.0).stream().map(h -> new Scored(h.id(), h.score())).toList();
    }

    NameIndex index() {
        return index;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
