package org.liaison.agreements.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.ExtractedDraft;
import org.liaison.agreements.Registration;
import org.liaison.directory.Directory;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Permissions;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Draft from a press release": an officer pastes an article, sees what was recognised marked in the text,
 * and registers the draft from a form prefilled with it, its gaps marked. Whatever the registry answers (a
 * duplicate, not a party, a refusal) comes back on this page with the pasted text, never as an error page.
 */
@Controller
@RequestMapping("/agreements/extract")
class PressReleaseDrafts {

    private static final String PAGE = "agreements/extract";

    private final AgreementRegistry registry;
    private final Directory directory;
    private final MessageSource messages;

    PressReleaseDrafts(AgreementRegistry registry, Directory directory, MessageSource messages) {
        this.registry = registry;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return page(model);
    }

    @PostMapping
    String read(@RequestParam(defaultValue = "") String text,
                @RequestParam(required = false) @Nullable LocalDate published, Model model) {
        var extracted = show(text, published, model);
        if (extracted != null && registry.canRegister()) {
            var suggestion = PressReleaseSuggestions.of(extracted, registry);
            model.addAttribute("agreementForm", suggestion.form());
            model.addAttribute("gaps", suggestion.gaps());
            model.addAttribute("yearNamed", extracted.instrumentYear());
            registry.sameInstrument(extracted.parties(), suggestion.form().getKind(), extracted.instrumentYear())
                    .ifPresent(same -> model.addAttribute("duplicate", same.id()));
        }
        return page(model);
    }

    @PostMapping("/register")
    @PreAuthorize(Permissions.MANAGES_AGREEMENTS)
    String register(@RequestParam(defaultValue = "") String text,
                    @RequestParam(required = false) @Nullable LocalDate published,
                    @RequestParam(required = false) @Nullable Integer yearNamed,
                    @Valid @ModelAttribute("agreementForm") AgreementForm agreementForm, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        show(text, published, model);
        var draft = result.hasErrors() ? null : agreementForm.toDraft(result);
        if (draft == null) {
            return page(model);
        }
        model.addAttribute("yearNamed", yearNamed);
        switch (registry.registerDraft(draft, yearNamed)) {
            case Registration.Registered registered -> {
                redirect.addFlashAttribute("flash", "agreements.flash.registered");
                return "redirect:/agreements/" + registered.id();
            }
            case Registration.Duplicate duplicate -> model.addAttribute("duplicate", duplicate.existing());
            case Registration.NotAParty notAParty -> model.addAttribute("refusal", "agreements.extract.notParty");
            case Registration.Refused refused -> model.addAttribute("refusalText", messages.getMessage(refused.said(), LocaleContextHolder.getLocale()));
        }
        return page(model);
    }

    /** Reads the text into the model; null (with the message in the model) when it cannot be read. */
    private @Nullable ExtractedDraft show(String text, @Nullable LocalDate published, Model model) {
        model.addAttribute("text", text);
        model.addAttribute("published", published);
        try {
            var extracted = registry.readPressRelease(text, published);
            model.addAttribute("extracted", extracted);
            model.addAttribute("segments", extracted.segments(text));
            AgreementOptions.addTo(model, directory);
            return extracted;
        } catch (InvalidInput e) {
            model.addAttribute("formError", Refusals.say(messages, e, LocaleContextHolder.getLocale()));
            return null;
        }
    }

    private String page(Model model) {
        model.addAttribute("mayRegister", registry.canRegister());
        return PAGE;
    }
}
