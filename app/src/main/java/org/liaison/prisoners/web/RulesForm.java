package org.liaison.prisoners.web;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.liaison.prisoners.TransferRules;

/** The rules form: the chain typed as agency ids separated by commas, in order. */
record RulesForm(@Nullable String agreement, @Nullable String receivingCountry, @Nullable Integer minimumMonthsLeft,
                 boolean finalJudgmentRequired, boolean consentRequired, boolean humanitarianWaivesTerm,
                 boolean humanitarianWaivesConsent, @Nullable String chain) {

    static RulesForm empty() {
        return new RulesForm(null, null, 6, true, true, true, false, null);
    }

    /** The rules; malformed ids are refused as invalid input by their types. */
    TransferRules rules() {
        var agencies = Arrays.stream(chain == null ? new String[0] : chain.split("[,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> AgencyId.of(s.toUpperCase(Locale.ROOT))).toList();
        return new TransferRules(AgreementId.of(agreement == null ? "" : agreement.strip().toUpperCase(Locale.ROOT)),
                receivingCountry == null ? "" : receivingCountry.strip().toUpperCase(Locale.ROOT),
                minimumMonthsLeft == null ? 0 : minimumMonthsLeft, finalJudgmentRequired, consentRequired,
                humanitarianWaivesTerm, humanitarianWaivesConsent, agencies);
    }
}
