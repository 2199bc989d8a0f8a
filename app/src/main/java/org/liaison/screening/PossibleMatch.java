package org.liaison.screening;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.matching.TokenMatch;

/**
 * An alert that may concern the screened traveller, recorded as a hit for an officer to decide.
 *
 * @param matchedOn what matched: a name (with the token pairs), or a document number or plate
 * @param explanation why the score is what it is, in one line
 * @param factors the same, line by line, for a page to render in the officer's language
 * @param alertHasPhoto whether the alert's photo can be shown beside the match
 */
public record PossibleMatch(HitId hit, AlertId alert, String reference, NoticeType noticeType, AgencyId issuingAgency,
                            boolean ownAlert, String title, @Nullable String dateOfBirth, @Nullable String nationality,
                            String action, double score, MatchedOn matchedOn, String explanation,
                            List<TokenMatch> tokens, List<ScoreFactor> factors, boolean alertHasPhoto) {

    /** What made the alert come up. */
    public enum MatchedOn {
        NAME, DOCUMENT, PLATE
    }
}
