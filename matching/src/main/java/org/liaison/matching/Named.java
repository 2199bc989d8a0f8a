package org.liaison.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A name's tokens as its kind normalises them, and that kind (given, or inferred from a legal form). */
record Named(List<Token> tokens, EntityKind kind) {

    static Named of(String name, @Nullable EntityKind given, LegalForms forms) {
        List<Token> tokens = NameNormalizer.tokens(name);
        EntityKind kind = given != null ? given
                : Organisations.looksLikeOrganisation(tokens, forms) ? EntityKind.ORGANISATION : EntityKind.PERSON;
        return new Named(kind == EntityKind.ORGANISATION ? Organisations.normalise(tokens, forms) : tokens, kind);
    }
}
