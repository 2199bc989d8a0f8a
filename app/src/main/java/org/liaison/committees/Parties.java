package org.liaison.committees;

import java.util.Collection;

/**
 * Who counts as party to a committee or commitment. A party is a state ({@code KH}) or an agency
 * ({@code KH/MOI}); an officer is involved when their agency is the party, lies below it, or is above it
 * (a ministry's secretary manages what its general departments committed to).
 */
final class Parties {

    static final String PATTERN = "[A-Z]{2}|[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}";

    private Parties() {
    }

    static boolean involve(Collection<String> parties, String agency) {
        return parties.stream().anyMatch(party -> covers(party, agency) || covers(agency, party));
    }

    /** Whether {@code agency} acts within {@code party}: it is the party or lies below it. */
    static boolean covers(String party, String agency) {
        return agency.equals(party) || agency.startsWith(party + "/");
    }

    static boolean anyCovers(Collection<String> parties, String agency) {
        return parties.stream().anyMatch(party -> covers(party, agency));
    }
}
