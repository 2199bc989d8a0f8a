package org.liaison.screening.watchlist;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;
import org.liaison.screening.Comparison;
import org.liaison.screening.NamePair;
import org.liaison.screening.ScoreFactor;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Compares two names with the matching library and audits it as a screening is audited: who compared, the
 * score; the names themselves are not written to the trail.
 */
@Component
public class NameComparisons {

    private final AuditTrail audit;

    NameComparisons(AuditTrail audit) {
        this.audit = audit;
    }

    public Comparison compare(NamePair pair, double threshold) {
        if (blank(pair.first()) || blank(pair.second())) {
            throw new InvalidInput("screening.compare.needsTwoNames", "give both names to compare");
        }
        var hit = NameIndex.compare(person("a", pair.first(), pair.firstDateOfBirth(), pair.firstDocument(), pair),
                person("b", pair.second(), pair.secondDateOfBirth(), pair.secondDocument(), pair));
        audit.record(AuditAction.NAMES_COMPARED, "comparison:" + UUID.randomUUID(),
                "kind=" + (pair.kind() == null ? "inferred" : pair.kind()) + " score="
                        + String.format(java.util.Locale.ROOT, "%.3f", hit.score()));
        return new Comparison(hit.score(), threshold, hit.score() >= threshold, ScoreFactor.of(hit.explanation()),
                hit.explanation().summary());
    }

    private static Person person(String id, @Nullable String name, @Nullable String dateOfBirth,
                                 @Nullable String document, NamePair pair) {
        return new Person(id, List.of(name == null ? "" : name.strip()), blank(dateOfBirth) ? null : dateOfBirth.strip(),
                null, null, blank(document) ? List.of() : List.of(document.strip()), pair.kind());
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
