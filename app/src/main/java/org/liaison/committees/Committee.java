package org.liaison.committees;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;

/**
 * A joint committee: its name in English and in one party's own script (with the romanization), the parties
 * (states or agencies) that sit on it and the agreements whose implementation it oversees.
 */
public record Committee(CommitteeId id,
                        CommitteeKind kind,
                        String name,
                        @Nullable String nativeName,
                        @Nullable String nativeNameLatin,
                        @Nullable String nativeLanguage,
                        List<String> parties,
                        List<AgreementId> agreements) {

    public Committee {
        parties = List.copyOf(parties);
        agreements = List.copyOf(agreements);
    }
}
