package org.liaison.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.liaison.matching.Hit;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;
import org.liaison.matching.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every case person of this node, indexed by name across scripts, kept by each instance in memory as screening keeps
 * its alerts (ADR 0009): built on first use, then brought up to date before each question by reading only the
 * persons added since (persons are never changed or removed). A transaction can commit after a later one, so each
 * catch-up reads back a margin before the newest person seen and skips the ids it holds; a count now and then
 * rebuilds the index if anything still slipped past. The index answers for the whole node: who may see which
 * person is decided by the database afterwards ({@link CaseLinkFinder}).
 */
@Component
class CasePersonIndex {

    /** How far back each catch-up reads: longer than any transaction that adds persons. */
    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Duration RECOUNT = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile NameIndex index = new NameIndex();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private Instant newest = Instant.EPOCH;
    private Instant counted = Instant.EPOCH;

    CasePersonIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The persons whose name matches, best first, at most {@code limit}; of the whole node. */
    List<Hit> search(String name, int limit) {
        catchUp();
        return index.search(Query.byName(name), limit);
    }

    private synchronized void catchUp() {
        readSince(newest.minus(MARGIN));
        var now = clock.instant();
        if (now.isAfter(counted.plus(RECOUNT))) {
            counted = now;
            if (jdbc.sql("select count(*) from case_person").query(Long.class).single() != held.size()) {
                index = new NameIndex();
                held.clear();
                readSince(Instant.EPOCH);
            }
        }
    }

    private void readSince(Instant since) {
        var added = new ArrayList<Person>();
        jdbc.sql("""
                select id, name_original, name_latin, date_of_birth, nationality, added_at from case_person
                where added_at >= ? order by added_at""").param(java.sql.Timestamp.from(since))
                .query(rs -> {
                    var id = rs.getString("id");
                    var at = rs.getTimestamp("added_at").toInstant();
                    newest = at.isAfter(newest) ? at : newest;
                    if (held.add(id)) {
                        var names = new ArrayList<String>(List.of(rs.getString("name_latin")));
                        if (rs.getString("name_original") != null) {
                            names.add(rs.getString("name_original"));
                        }
                        var born = rs.getObject("date_of_birth", java.time.LocalDate.class);
                        added.add(new Person(id, names, born == null ? null : born.toString(), rs.getString("nationality"),
                                null, List.of()));
                    }
                });
        added.forEach(index::add);
    }
}
