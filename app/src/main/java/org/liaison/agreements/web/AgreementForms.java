package org.liaison.agreements.web;

import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.LinkKind;
import org.liaison.agreements.SharingClause;
import org.liaison.agreements.Signatory;
import org.liaison.directory.Directory;
import org.liaison.shared.Conflict;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering and editing agreements: the draft form, and the lifecycle and clause forms of the detail page. */
@Controller
@RequestMapping("/agreements")
@PreAuthorize(Permissions.MANAGES_AGREEMENTS)
class AgreementForms {

    private static final String FORM = "agreements/form";

    private final AgreementRegistry registry;
    private final Directory directory;
    private final MessageSource messages;

    AgreementForms(AgreementRegistry registry, Directory directory, MessageSource messages) {
        this.registry = registry;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newAgreement(Model model) {
        model.addAttribute("agreementForm", AgreementForm.of(AgreementDrafts.blank()));
        return form(model, null);
    }

    @PostMapping("/new")
    String register(@Valid AgreementForm agreementForm, BindingResult result, Model model, RedirectAttributes redirect) {
        var agreementDraft = validated(agreementForm, result);
        if (agreementDraft == null) {
            return form(model, null);
        }
        try {
            registry.register(agreementDraft);
        } catch (InvalidInput | Conflict e) {
            Refusals.reject(result, e, "agreements.error.refused");
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "agreements.flash.registered");
        return "redirect:/agreements/" + agreementDraft.reference();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable AgreementId id, Model model) {
        var agreement = registry.agreement(id);
        model.addAttribute("agreementForm", AgreementForm.of(AgreementDrafts.of(agreement)));
        model.addAttribute("version", agreement.version());
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable AgreementId id, @RequestParam int version, @Valid AgreementForm agreementForm,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("version", version);
        var agreementDraft = validated(agreementForm, result);
        if (agreementDraft == null) {
            return form(model, id);
        }
        try {
            registry.update(id, version, agreementDraft);
        } catch (InvalidInput | Conflict e) {
            Refusals.reject(result, e, "agreements.error.refused");
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "agreements.flash.updated");
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable AgreementId id, @RequestParam AgreementStatus status,
                        @RequestParam(required = false) @Nullable LocalDate effective,
                        @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        var safeNote = note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(note.strip().length(), 500));
        return act(id, redirect, "agreements.flash.statusChanged", () -> registry.changeStatus(id, status, effective, safeNote));
    }

    @PostMapping("/{id}/signatories")
    String addSignatory(@PathVariable AgreementId id, @Valid Signatory signatory, BindingResult result,
                        RedirectAttributes redirect) {
        return act(id, redirect, "agreements.flash.signatoryAdded", result, () -> registry.addSignatory(id, signatory));
    }

    @PostMapping("/{id}/clauses")
    String addClause(@PathVariable AgreementId id, @Valid SharingClause sharingClause, BindingResult result,
                     RedirectAttributes redirect) {
        return act(id, redirect, "agreements.flash.clauseAdded", result, () -> registry.addClause(id, sharingClause));
    }

    /** Removing a clause of an agreement in force changes what flows at once: a page to confirm it, with a reason. */
    @GetMapping("/{id}/clauses/remove")
    String confirmRemoval(@PathVariable AgreementId id, @RequestParam String article, Model model) {
        model.addAttribute("clause", registry.clauseToRemove(id, article));
        model.addAttribute("agreement", registry.agreement(id));
        return "agreements/remove-clause";
    }

    @PostMapping("/{id}/clauses/remove")
    String removeClause(@PathVariable AgreementId id, @RequestParam String article,
                        @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            model.addAttribute("reasonMissing", true);
            return confirmRemoval(id, article, model);
        }
        return act(id, redirect, "agreements.flash.clauseRemoved", () -> registry.removeClause(id, article, reason));
    }

    @PostMapping("/{id}/links")
    String link(@PathVariable AgreementId id, @RequestParam LinkKind kind, @RequestParam AgreementId target,
                RedirectAttributes redirect) {
        return act(id, redirect, "agreements.flash.linked", () -> registry.link(id, kind, target));
    }

    @PostMapping("/{id}/texts")
    String attach(@PathVariable AgreementId id, @RequestParam String language,
                  @RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect)
            throws java.io.IOException {
        var name = file.getOriginalFilename() == null ? "text" : file.getOriginalFilename();
        var content = file.getBytes();
        return act(id, redirect, "agreements.flash.textAttached", () -> registry.attach(id, language, name, content));
    }

    private String act(AgreementId id, RedirectAttributes redirect, String success, BindingResult result, Runnable action) {
        if (result.hasErrors()) {
            var locale = LocaleContextHolder.getLocale();
            var fields = result.getFieldErrors().stream()
                    .map(e -> messages.getMessage("agreements.field." + e.getField(), null, e.getField(), locale))
                    .distinct().collect(Collectors.joining(", "));
            redirect.addFlashAttribute("formError",
                    messages.getMessage("agreements.refusal.fields", new Object[] { fields }, locale));
            return "redirect:/agreements/" + id;
        }
        return act(id, redirect, success, action);
    }

    /** Runs a change and comes back to the agreement, with the registry's refusal shown if it refused. */
    private String act(AgreementId id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", success);
        } catch (InvalidInput | Conflict e) {
            redirect.addFlashAttribute("formError", Refusals.say(messages, e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/agreements/" + id;
    }

    /** The draft if the form converts and validates; otherwise null with every problem beside its field. */
    private @Nullable AgreementDraft validated(AgreementForm form, BindingResult result) {
        return result.hasErrors() ? null : form.toDraft(result);
    }

    private String form(Model model, @Nullable AgreementId id) {
        model.addAttribute("agreementId", id);
        AgreementOptions.addTo(model, directory);
        return FORM;
    }
}
