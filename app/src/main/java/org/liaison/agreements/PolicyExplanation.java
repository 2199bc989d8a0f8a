package org.liaison.agreements;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Why the policy decided as it did, as a code with typed arguments: a page says it in the officer's language
 * (message key {@code agreements.why.<code>}, arguments in the order of {@link #arguments}), an API or a log in
 * English ({@link #english()}). Parties, categories, purposes and dates stay typed so that each is named the way
 * the page names it elsewhere.
 *
 * @param clause the clause that allows, or that came closest; null when none connects the agencies
 * @param agreementTitle that clause's agreement's title (data, in the language it was registered in)
 * @param from the clause's sending party, or the asking sender when no clause connects them
 * @param to the clause's receiving party, or the asked recipient
 * @param categories what the clause covers (sorted), empty when no clause
 * @param purposes what the clause allows them for (sorted), empty when no clause
 * @param category the category asked about (null in an allow answer, which is prepared before any question)
 * @param purpose the purpose asked about (likewise)
 * @param status the agreement's status, for {@link Code#NOT_IN_FORCE}
 * @param at when validity starts or ended, for {@link Code#NOT_YET_VALID} and {@link Code#EXPIRED}
 * @param handling the handling code the data must carry, when allowed
 * @param retentionDays how long the recipient may keep it, when allowed (0 otherwise)
 */
public record PolicyExplanation(Code code, @Nullable ClauseRef clause, @Nullable String agreementTitle,
                                Party from, Party to, List<DataCategory> categories, List<Purpose> purposes,
                                @Nullable DataCategory category, @Nullable Purpose purpose,
                                @Nullable AgreementStatus status,
                                @Nullable Instant at, @Nullable HandlingCode handling, int retentionDays) {

    /** What the sentence says; each {@link DenyReason} has one, and allowing has two. */
    public enum Code {
        /** A clause allows it. */
        ALLOWED,
        /** An agreement the officer may not see allows it: nothing of it is told. */
        WITHHELD,
        /** No clause of any agreement connects the agencies. */
        NO_AGREEMENT,
        /** No clause of an agreement the officer may see connects the agencies. */
        NO_VISIBLE_AGREEMENT,
        DIRECTION_NOT_COVERED,
        CATEGORY_NOT_COVERED,
        PURPOSE_NOT_COVERED,
        NOT_IN_FORCE,
        NOT_YET_VALID,
        EXPIRED;

        public static Code of(DenyReason reason) {
            return valueOf(reason.name());
        }
    }

    public PolicyExplanation {
        Objects.requireNonNull(code);
        categories = categories.stream().sorted().toList();
        purposes = purposes.stream().sorted().toList();
    }

    /** The explanation of a clause's verdict on a query ({@code query} null for the clause's allow answer). */
    public static PolicyExplanation ofClause(Code code, ClauseRef clause, String title, Party from, Party to,
                                             Collection<DataCategory> categories, Collection<Purpose> purposes,
                                             @Nullable PolicyQuery query, @Nullable AgreementStatus status,
                                             @Nullable Instant at, @Nullable HandlingCode handling, int retentionDays) {
        return new PolicyExplanation(code, clause, title, from, to, List.copyOf(categories), List.copyOf(purposes),
                query == null ? null : query.category(), query == null ? null : query.purpose(), status, at,
                handling, retentionDays);
    }

    /** The explanation when no clause is named: none connects the agencies, or the one that allows is withheld. */
    public static PolicyExplanation withoutClause(Code code, PolicyQuery query, @Nullable HandlingCode handling) {
        return new PolicyExplanation(code, null, null, Party.of(query.sender()), Party.of(query.recipient()),
                List.of(), List.of(), query.category(), query.purpose(), null, null, handling, 0);
    }

    /** The message key of the sentence. */
    public String key() {
        return "agreements.why." + code;
    }

    /** The sentence in English, for APIs, logs and audit entries. */
    public String english() {
        var prefix = clause + " (" + agreementTitle + ") covers " + from + " → " + to;
        return switch (code) {
            case ALLOWED -> "Allowed by " + clause + " (" + agreementTitle + "): " + from + " → " + to + ", handling "
                    + handling + ", keep at most " + retentionDays + " days.";
            case WITHHELD -> "Allowed by an agreement you may not see; its reference, text and retention period are "
                    + "withheld. Mark the data with the handling code given.";
            case NO_AGREEMENT -> "No agreement in the registry has a sharing clause between " + from + " and " + to + ".";
            case NO_VISIBLE_AGREEMENT -> "No agreement you may see has a sharing clause between " + from + " and " + to + ".";
            case DIRECTION_NOT_COVERED -> "Agreements let " + to + " share with " + from + ", but no clause covers data "
                    + "going from " + from + " to " + to + ".";
            case CATEGORY_NOT_COVERED -> prefix + " for " + names(categories) + ", not " + category + ".";
            case PURPOSE_NOT_COVERED -> prefix + " for " + category + " only for " + names(purposes) + ", not " + purpose + ".";
            case NOT_IN_FORCE -> prefix + ", but the agreement is " + status + ", not in force.";
            case NOT_YET_VALID -> prefix + ", but only from " + at + ".";
            case EXPIRED -> prefix + ", but its validity ended at " + at + ".";
        };
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
