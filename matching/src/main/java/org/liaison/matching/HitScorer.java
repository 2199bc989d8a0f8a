package org.liaison.matching;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Full score of one candidate: its best alias's name score plus the attribute adjustments, explained. */
final class HitScorer {

    /** Floor for a candidate whose document number and date of birth both agree. */
    static final double CORROBORATED = 0.92;
    /** Floor for a candidate whose document number (or a near number and the date of birth) and half the name agree. */
    static final double PARTLY_CORROBORATED = 0.85;
    /** Name score from which a name counts as partly agreeing: one of two names, or two of three. */
    static final double PART_OF_NAME = 0.45;
    /** Extra penalty when the date of birth and the documents both contradict. */
    static final double CONTRADICTED = 0.15;

    private HitScorer() {
    }

    /** A candidate's score before it is explained: explaining costs more and is done for the returned few. */
    record Scored(int slot, String id, double total, NameScorer.Result name, int alias) {
    }

    static @Nullable Scored score(PreparedQuery q, int slot, Vocabulary vocabulary, Entries entries,
                                  Scratch scratch) {
        String id = entries.id(slot);
        if (id == null) {
            return null;
        }
        EntityKind kind = entries.kind(slot);
        if (q.requiredKind() != null && q.requiredKind() != kind) {
            return null;
        }
        boolean organisation = kind == EntityKind.ORGANISATION || q.kind() == EntityKind.ORGANISATION;
        int[][] aliases = entries.terms(slot);
        NameScorer.Result best = null;
        int bestAlias = 0;
        for (int a = 0; a < aliases.length; a++) {
            NameScorer.Result r = NameScorer.score(q.tokens(), aliases[a], vocabulary,
                    (i, term) -> Searcher.similarity(scratch, i, q.tokens().get(i), term, vocabulary), organisation);
            if (best == null || r.score() > best.score()) {
                best = r;
                bestAlias = a;
            }
        }
        if (best == null) {
            return null;
        }
        double dob = DateOfBirth.compare(q.dateOfBirth(), entries.date(slot));
        double documents = Documents.compare(q.documents(), entries.documents(slot));
        double sum = best.score() + dob + documents + Attributes.nationality(q.nationality(), entries.nationality(slot))
                + Attributes.gender(q.gender(), entries.gender(slot));
        return new Scored(slot, id, combined(sum, best.score(), dob, documents), best, bestAlias);
    }

    /**
     * The additive sum, corrected where identifiers agree or disagree together: each alone is weak evidence
     * (watchlist dates are approximate, people hold several documents), two together are not.
     */
    static double combined(double sum, double name, double dob, double documents) {
        if (dob < 0 && documents < 0) {
            // a different date of birth and different document numbers: a namesake, not the same person
            return Math.clamp(sum - CONTRADICTED, 0, 1);
        }
        double total = Math.clamp(sum, 0, 1);
        if (documents >= Documents.SAME_NUMBER && dob >= DateOfBirth.SAME_DAY) {
            // the same document number and date of birth identify a person whatever the name's spelling
            return Math.max(total, CORROBORATED);
        }
        boolean nearIdentifiers = documents >= Documents.SAME_NUMBER || documents > 0 && dob >= DateOfBirth.SAME_DAY;
        if (nearIdentifiers && name >= PART_OF_NAME) {
            // half the name agreeing with the document number (or a one-slip number and the birthday): a name
            // changed on one record (married, a second given name used) rather than another person
            return Math.max(total, PARTLY_CORROBORATED);
        }
        return total;
    }

    static Hit explain(PreparedQuery q, Scored scored, Vocabulary vocabulary, Entries entries) {
        int slot = scored.slot();
        int[] alias = entries.terms(slot)[scored.alias()];
        NameScorer.Result name = scored.name();
        double dob = DateOfBirth.compare(q.dateOfBirth(), entries.date(slot));
        double nationality = Attributes.nationality(q.nationality(), entries.nationality(slot));
        double gender = Attributes.gender(q.gender(), entries.gender(slot));
        double documents = Documents.compare(q.documents(), entries.documents(slot));
        List<String> unmatchedQuery = new ArrayList<>();
        boolean[] entryPaired = new boolean[alias.length];
        for (int i = 0; i < q.tokens().size(); i++) {
            if (name.pairedWith()[i] < 0) {
                unmatchedQuery.add(q.tokens().get(i).text());
            } else {
                entryPaired[name.pairedWith()[i]] = true;
            }
        }
        List<String> unmatchedEntry = new ArrayList<>();
        for (int j = 0; j < alias.length; j++) {
            if (!entryPaired[j]) {
                unmatchedEntry.add(vocabulary.token(alias[j]).text());
            }
        }
        double additive = Math.clamp(name.score() + dob + nationality + gender + documents, 0, 1);
        Explanation explanation = new Explanation(NameScorer.matches(q.tokens(), alias, vocabulary, name),
                unmatchedQuery, unmatchedEntry, name.score(), dob, nationality, gender, documents,
                scored.total() - additive);
        String[] names = entries.names(slot);
        return new Hit(scored.id(), names[Math.min(scored.alias(), names.length - 1)], scored.total(), explanation);
    }
}
