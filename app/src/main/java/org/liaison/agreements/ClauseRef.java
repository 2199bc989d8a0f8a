package org.liaison.agreements;

import org.liaison.shared.InvalidInput;

/** A sharing clause, named by its agreement and article, e.g. {@code KH-LA-SEC-2022 art. 4.2}. */
public record ClauseRef(AgreementId agreement, String article) {

    public ClauseRef {
        if (article == null || article.isBlank() || article.length() > 40) {
            throw new InvalidInput("agreements.refusal.article", "a clause needs an article reference of at most 40 characters");
        }
    }

    @Override
    public String toString() {
        return agreement + " art. " + article;
    }
}
