package org.liaison.prisoners.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.Reach;
import org.liaison.prisoners.AssumedForDemo;
import org.liaison.prisoners.Consent;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.Prisoners;
import org.liaison.prisoners.Sex;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Validator;

/** The registry: the list (with htmx filters), a prisoner's page, and the form that records or changes one. */
@Controller
@RequestMapping("/prisoners")
class PrisonerPages {

    private final Prisoners prisoners;
    private final Validator validator;

    PrisonerPages(Prisoners prisoners, Validator validator) {
        this.prisoners = prisoners;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String nationality,
                @RequestParam(required = false) @Nullable String q,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var country = nationality != null && nationality.matches("[A-Z]{2}") ? nationality : null;
        var text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(100, q.strip().length()));
        model.addAttribute("prisoners", prisoners.prisoners(country, text));
        model.addAttribute("nationality", country);
        model.addAttribute("q", text);
        model.addAttribute("nationalities", Set.of("LA", "TH", "VN", "KH", "CN", "MM").stream().sorted().toList());
        model.addAttribute("today", prisoners.today());
        return htmx == null ? "prisoners/list" : "prisoners/list :: rows";
    }

    @GetMapping("/{id}")
    String prisoner(@PathVariable String id, Model model) {
        var prisonerId = PrisonerId.parse(id);
        model.addAttribute("prisoner", prisoners.prisoner(prisonerId));
        model.addAttribute("eligibility", prisoners.eligibility(prisonerId));
        model.addAttribute("transfers", prisoners.transfers(prisonerId));
        model.addAttribute("today", prisoners.today());
        model.addAttribute("assumed", AssumedForDemo.MARK);
        return "prisoners/prisoner";
    }

    @GetMapping("/new")
    String newPrisoner(Model model) {
        var agency = Reach.current().agency().map(Object::toString).orElse("");
        model.addAttribute("prisonerForm", PrisonerForm.empty(agency));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(PrisonerForm prisonerForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!valid(prisonerForm, result, model)) {
            return form(model, null);
        }
        try {
            var prisoner = prisoners.register(prisonerForm.draft());
            redirect.addFlashAttribute("flash", "prisoners.flash.registered");
            return "redirect:/prisoners/" + prisoner.id();
        } catch (DomainException e) {
            result.reject("prisoners.form.rejected", new Object[] { e.getMessage() }, e.getMessage());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        var prisoner = prisoners.prisoner(PrisonerId.parse(id));
        model.addAttribute("prisonerForm", PrisonerForm.of(prisoner));
        return form(model, prisoner.id());
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable String id, PrisonerForm prisonerForm, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var prisonerId = PrisonerId.parse(id);
        if (!valid(prisonerForm, result, model)) {
            return form(model, prisonerId);
        }
        try {
            prisoners.update(prisonerId, prisonerForm.versionRead(), prisonerForm.draft());
            redirect.addFlashAttribute("flash", "prisoners.flash.updated");
            return "redirect:/prisoners/" + prisonerId;
        } catch (DomainException e) {
            result.reject("prisoners.form.rejected", new Object[] { e.getMessage() }, e.getMessage());
            return form(model, prisonerId);
        }
    }

    /** Checks the draft's rules and shows each on the form field it comes from (an offence's on the offences). */
    private boolean valid(PrisonerForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            FormTargets.ensure(model, "prisonerForm", PrisonerForm.empty(""), result);
            return false;
        }
        for (var violation : validator.validate(form.draft())) {
            var field = violation.getPropertyPath().toString().split("[.\\[]")[0];
            result.rejectValue(field, "invalid", violation.getMessage());
        }
        return !result.hasErrors();
    }

    private static String form(Model model, @Nullable PrisonerId id) {
        model.addAttribute("editing", id);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("consents", Consent.values());
        return "prisoners/form";
    }
}
