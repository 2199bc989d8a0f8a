package org.liaison.agreements.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.Party;
import org.springframework.stereotype.Component;

/**
 * The registry's reference convention — countries, then topic, then year ("KH-LA-SEC-2022") — and how it tells that
 * an instrument is already registered under another reference.
 */
@Component
public class InstrumentReferences {

    private final Agreements agreements;

    InstrumentReferences(Agreements agreements) {
        this.agreements = agreements;
    }

    /**
     * A registered agreement the viewer may see with the same parties, kind and year: the year it covers, the one
     * it was signed in, or the one its reference carries.
     */
    public Optional<AgreementSummary> sameInstrument(Viewer viewer, List<Party> parties, AgreementKind kind,
                                                     @Nullable Integer year) {
        if (year == null) {
            return Optional.empty();
        }
        var wanted = Set.copyOf(parties);
        return agreements.find(AgreementFilter.none()).stream().filter(viewer::maySee)
                .filter(a -> a.kind() == kind && Set.copyOf(a.parties()).equals(wanted))
                .filter(a -> year.equals(a.coversYear()) || a.signedOn() != null && a.signedOn().getYear() == year
                        || a.id().value().matches(".*-" + year + "(?:-\\d+)?"))
                .findFirst();
    }

    /** The next free reference in the convention, with "-2", "-3"… when it is taken. */
    public AgreementId suggest(List<Party> parties, String topic, @Nullable Integer year) {
        var countries = parties.stream().map(Party::country).distinct().sorted().collect(Collectors.joining("-"));
        var base = (countries.isEmpty() ? "NEW" : countries) + "-" + topic + (year == null ? "" : "-" + year);
        var candidate = base;
        for (int n = 2; agreements.exists(AgreementId.of(candidate)); n++) {
            candidate = base + "-" + n;
        }
        return AgreementId.of(candidate);
    }
}
