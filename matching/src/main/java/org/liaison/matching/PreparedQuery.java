package org.liaison.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query normalised once: tokens, parsed date of birth, canonical documents, and its kind (explicit, which
 * filters entries, or inferred from the name, which only decides how the name is normalised).
 */
record PreparedQuery(Query query, List<Token> tokens, int dateOfBirth, String nationality, int gender,
                     String[] documents, @Nullable EntityKind requiredKind, EntityKind kind) {

    static PreparedQuery of(Query query, LegalForms forms) {
        Named named = Named.of(query.name(), query.kind(), forms);
        return new PreparedQuery(query, named.tokens(), DateOfBirth.parse(query.dateOfBirth()),
                Attributes.nationality(query.nationality()), query.gender() == null ? -1 : query.gender().ordinal(),
                query.documents().stream().map(Documents::canonical).toArray(String[]::new), query.kind(),
                named.kind());
    }
}
