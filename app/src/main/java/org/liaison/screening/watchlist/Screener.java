package org.liaison.screening.watchlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.matching.Query;
import org.liaison.matching.TokenMatch;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertId;
import org.liaison.screening.PossibleMatch;
import org.liaison.screening.ScoreFactor;
import org.liaison.screening.Traveller;
import org.springframework.stereotype.Component;

/**
 * Looks a traveller up in the watchlist index: by name (cross-script, with date of birth, nationality, gender
 * and document corroborating) and by document number and plate (exact, in the MRZ alphabet). One alert
 * appears once, with its strongest reason.
 */
@Component
public class Screener {

    static final int MAX_MATCHES = 10;

    private final WatchlistIndex index;

    Screener(WatchlistIndex index) {
        this.index = index;
    }

    public List<Candidate> candidates(Traveller traveller, double threshold) {
        var best = new LinkedHashMap<AlertId, Candidate>();
        byNumber(traveller.document(), PossibleMatch.MatchedOn.DOCUMENT, best);
        byNumber(traveller.plate(), PossibleMatch.MatchedOn.PLATE, best);
        if (traveller.name() != null) {
            var documents = traveller.document() == null ? List.<String>of() : List.of(traveller.document());
            var query = new Query(traveller.name(), traveller.dateOfBirth(), traveller.nationality(),
                    traveller.gender() == null ? null : traveller.gender().forMatching(), documents);
            for (var found : index.byName(query, MAX_MATCHES, threshold)) {
                var hit = found.hit();
                keepBest(best, new Candidate(found.alert(), Math.min(1.0, hit.score()), PossibleMatch.MatchedOn.NAME,
                        "matched " + hit.name() + ": " + hit.explanation().summary(), hit.explanation().tokens(),
                        ScoreFactor.of(hit.explanation())));
            }
        }
        var sorted = new ArrayList<>(best.values());
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return sorted.size() > MAX_MATCHES ? sorted.subList(0, MAX_MATCHES) : sorted;
    }

    private void byNumber(@Nullable String number, PossibleMatch.MatchedOn on, Map<AlertId, Candidate> best) {
        index.byNumber(number).ifPresent(alert -> keepBest(best, new Candidate(alert, 1.0, on,
                on.name().toLowerCase(java.util.Locale.ROOT) + " " + number + " is listed in the alert", List.of(),
                List.of(ScoreFactor.listed(on, number)))));
    }

    private static void keepBest(Map<AlertId, Candidate> best, Candidate candidate) {
        best.merge(candidate.alert().id(), candidate, (a, b) -> a.score() >= b.score() ? a : b);
    }

    /** One alert that came up, with why: in one line (for the API and the audit) and as typed factors. */
    public record Candidate(Alert alert, double score, PossibleMatch.MatchedOn matchedOn, String explanation,
                            List<TokenMatch> tokens, List<ScoreFactor> factors) {
    }
}
