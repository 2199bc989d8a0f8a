package org.liaison.screening;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of screening one traveller: the possible matches at or above the threshold, best first (each
 * already a hit awaiting a decision), and what the MRZ reader noticed (failed check digits, say).
 */
public record ScreeningResult(UUID screening, Traveller traveller, double threshold, List<PossibleMatch> matches,
                              List<MrzNote> notes, long micros) {

    public boolean clear() {
        return matches.isEmpty();
    }
}
