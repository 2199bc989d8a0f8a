package org.liaison.prisoners.web;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.liaison.prisoners.TransferRules;

/** The rules form: the chain typed as agency ids separated by commas, in order; unticked boxes are false. */
record RulesForm(@Nullable String agreement, @Nullable String receivingCountry, @Nullable Integer minimumMonthsLeft,
                 @Nullable Boolean finalJudgmentRequired, @Nullable Boolean consentRequired,
                 @Nullable Boolean humanitarianWaivesTerm, @Nullable Boolean humanitarianWaivesConsent,
                 @Nullable String chain) {

    static RulesForm empty() {
        return new RulesForm(null, null, 6, true, true, true, false, null);
    }

    /** The rules; malformed ids are refused as invalid input by their types. */
    TransferRules rules() {
        var agencies = Arrays.stream(chain == null ? new String[0] : chain.split("[,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> AgencyId.of(s.toUpperCase(Locale.ROOT))).toList();
        return new TransferRules(AgreementId.of(agreement == null ? "" : agreement.strip().toUpperCase(Locale.ROOT)),
                receivingCountry == null ? "" : receivingCountry.strip().toUpperCase(Locale.ROOT),
                minimumMonthsLeft == null ? 0 : minimumMonthsLeft, ticked(finalJudgmentRequired), ticked(consentRequired),
                ticked(humanitarianWaivesTerm), ticked(humanitarianWaivesConsent), agencies);
    }

    /** An unticked box sends nothing. */
    private static boolean ticked(@Nullable Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
