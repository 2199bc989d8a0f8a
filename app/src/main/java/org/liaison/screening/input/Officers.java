package org.liaison.screening.input;

import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;

/**
 * What screening asks of the caller's {@link Reach}, with the refusals it gives: screening and alerts are done
 * for the officer's own agency, and records of an agency are changed only by those who act for it.
 */
public final class Officers {

    private Officers() {
    }

    /** The signed-in officer's own agency; the node itself, a partner and nobody have none. */
    public static AgencyId ownAgency() {
        return Reach.current().agency().orElseThrow(() ->
                new InvalidInput("screening.refusal.noAgency",
                        "screening and alerts are done for an agency; sign in as one of its officers"));
    }

    public static void requireCovers(AgencyId agency, String what) {
        if (!Reach.current().covers(agency)) {
            throw new Forbidden("screening.refusal.notYourAgency", "only officers of " + agency + " may " + what + " " + agency,
                    agency.value());
        }
    }
}
