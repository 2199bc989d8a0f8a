package org.liaison.agreements.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.ExtractedDraft;
import org.liaison.agreements.Party;
import org.liaison.directory.Directory;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Draft from a press release": an officer pastes an article, sees what was recognised marked in the text,
 * and opens the registration form prefilled with it. Nothing is saved until they register the draft.
 */
@Controller
@RequestMapping("/agreements/extract")
class PressReleaseDrafts {

    private final AgreementRegistry registry;
    private final Directory directory;

    PressReleaseDrafts(AgreementRegistry registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    String form(Model model) {
        return page(model);
    }

    @PostMapping
    String read(@RequestParam(defaultValue = "") String text,
                @RequestParam(required = false) @Nullable LocalDate published, Model model) {
        model.addAttribute("text", text);
        model.addAttribute("published", published);
        try {
            var extracted = registry.readPressRelease(text, published);
            model.addAttribute("extracted", extracted);
            model.addAttribute("segments", extracted.segments(text));
            model.addAttribute("agreementDraft", suggestion(extracted));
            AgreementOptions.addTo(model, directory);
        } catch (InvalidInput e) {
            model.addAttribute("formError", e.getMessage());
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("mayRegister", registry.canRegister());
        return "agreements/extract";
    }

    /** The registration form's starting point: the first instrument named, its parties, dates and areas. */
    private static AgreementDraft suggestion(ExtractedDraft found) {
        var title = found.instruments().isEmpty() ? "" : found.instruments().getFirst();
        var year = found.coversYear() != null ? found.coversYear()
                : found.signedOn() != null ? Integer.valueOf(found.signedOn().getYear())
                : found.instrumentYear();
        var countries = found.parties().stream().map(Party::country).distinct().collect(Collectors.joining("-"));
        var area = found.areas().stream().findFirst().map(a -> a.name().split("_")[0]).orElse("COOP");
        var reference = (countries.isEmpty() ? "NEW" : countries) + "-" + area.substring(0, Math.min(area.length(), 8))
                + (year == null ? "" : "-" + year);
        return new AgreementDraft(AgreementId.of(reference.toUpperCase(Locale.ROOT)),
                found.kind() == null ? AgreementKind.MOU : found.kind(), title, null, false, found.parties(),
                found.signedOn(), found.place(), found.form(), found.coversYear() == null ? found.signedOn() : null, null,
                found.coversYear(), "Asia/Phnom_Penh", found.areas(), null);
    }
}
