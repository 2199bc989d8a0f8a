package org.liaison.agreements.web;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.ExtractedDraft;

/**
 * The registration form a press release suggests: everything the reader found, a reference in the registry's
 * convention, and the fields it could not fill named as gaps for the officer to complete.
 */
final class PressReleaseSuggestions {

    /** Short topic codes of the registry's references ("KH-LA-SEC-2022"), and the words that name them in a title. */
    private static final Map<CooperationArea, String> CODES = Map.ofEntries(Map.entry(CooperationArea.SECURITY, "SEC"),
            Map.entry(CooperationArea.PRISONS, "PRISON"), Map.entry(CooperationArea.PROSECUTION, "PROS"),
            Map.entry(CooperationArea.TAXATION, "DTA"), Map.entry(CooperationArea.DRUG_TRAFFICKING, "DRUG"),
            Map.entry(CooperationArea.BORDER_MANAGEMENT, "BORDER"), Map.entry(CooperationArea.HUMAN_TRAFFICKING, "TIP"),
            Map.entry(CooperationArea.SMUGGLING, "SMUG"), Map.entry(CooperationArea.ILLEGAL_LOGGING, "FOREST"),
            Map.entry(CooperationArea.WILDLIFE_CRIME, "WILD"), Map.entry(CooperationArea.CROSS_BORDER_CRIME, "CRIME"),
            Map.entry(CooperationArea.LAWFUL_TRANSIT, "TRANSIT"), Map.entry(CooperationArea.CAPACITY_BUILDING, "CAP"),
            Map.entry(CooperationArea.TRADE, "TRADE"), Map.entry(CooperationArea.CULTURE, "CULT"),
            Map.entry(CooperationArea.AGRICULTURE, "AGRI"));
    private static final Map<CooperationArea, String> TITLE_WORDS = Map.of(CooperationArea.SECURITY, "security",
            CooperationArea.PRISONS, "prison", CooperationArea.PROSECUTION, "prosecut", CooperationArea.TAXATION, "tax",
            CooperationArea.DRUG_TRAFFICKING, "drug", CooperationArea.HUMAN_TRAFFICKING, "trafficking",
            CooperationArea.CULTURE, "cultur", CooperationArea.AGRICULTURE, "agricultur", CooperationArea.TRADE, "trade",
            CooperationArea.BORDER_MANAGEMENT, "border");

    private PressReleaseSuggestions() {
    }

    /** The form's starting point and its gaps. */
    record Suggestion(AgreementForm form, Set<String> gaps) {
    }

    static Suggestion of(ExtractedDraft found, AgreementRegistry registry) {
        var title = found.instruments().isEmpty() ? "" : found.instruments().getFirst();
        var year = found.coversYear() != null ? found.coversYear()
                : found.signedOn() != null ? Integer.valueOf(found.signedOn().getYear()) : found.instrumentYear();
        var kind = found.kind();
        var reference = registry.suggestReference(found.parties(), topic(title, found.areas()), year);
        var draft = new AgreementDraft(reference, kind == null ? AgreementKind.MOU : kind, title, null, false,
                found.parties(), found.signedOn(), found.place(), found.form(),
                found.coversYear() == null ? found.signedOn() : null, null, found.coversYear(), "Asia/Phnom_Penh",
                found.areas(), null);
        var gaps = new LinkedHashSet<String>();
        gap(gaps, "title", title.isEmpty());
        gap(gaps, "kind", kind == null);
        gap(gaps, "parties", found.parties().size() < 2);
        gap(gaps, "signedOn", found.signedOn() == null);
        gap(gaps, "signedPlace", found.place() == null);
        gap(gaps, "coversYear", found.coversYear() == null && found.signedOn() == null);
        return new Suggestion(AgreementForm.of(draft), gaps);
    }

    private static void gap(Set<String> gaps, String field, boolean missing) {
        if (missing) {
            gaps.add(field);
        }
    }

    /** The topic code: the area the instrument's title names, else the first area of the release, else COOP. */
    private static String topic(String title, Set<CooperationArea> areas) {
        var lower = title.toLowerCase(Locale.ROOT);
        @Nullable CooperationArea named = TITLE_WORDS.entrySet().stream().filter(e -> lower.contains(e.getValue()))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
        var area = named != null ? named : areas.stream().findFirst().orElse(null);
        return area == null ? "COOP" : CODES.getOrDefault(area, area.name().substring(0, Math.min(6, area.name().length())));
    }
}
