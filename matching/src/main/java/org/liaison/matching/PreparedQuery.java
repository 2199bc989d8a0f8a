package org.liaison.matching;

import java.util.List;

/** A query normalised once: tokens, parsed date of birth, canonical documents. */
record PreparedQuery(Query query, List<Token> tokens, int dateOfBirth, String nationality, int gender,
                     String[] documents) {

    static PreparedQuery of(Query query) {
        return new PreparedQuery(query, NameNormalizer.tokens(query.name()), DateOfBirth.parse(query.dateOfBirth()),
                Attributes.nationality(query.nationality()), query.gender() == null ? -1 : query.gender().ordinal(),
                query.documents().stream().map(Documents::canonical).toArray(String[]::new));
    }
}
