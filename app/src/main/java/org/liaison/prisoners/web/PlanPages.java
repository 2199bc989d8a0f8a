package org.liaison.prisoners.web;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.identity.Reach;
import org.liaison.prisoners.PlanId;
import org.liaison.prisoners.Prisoners;
import org.liaison.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Repatriation plans and, for each, where every prisoner stands against the deadline; the form that plans a batch
 * (the agreement's rules, a deadline, the candidates from the registry with their eligibility) or changes one.
 */
@Controller
@RequestMapping("/prisoners/plans")
class PlanPages {

    private final Prisoners prisoners;
    private final Validator validator;

    PlanPages(Prisoners prisoners, Validator validator) {
        this.prisoners = prisoners;
        this.validator = validator;
    }

    @GetMapping
    String plans(Model model) {
        model.addAttribute("plans", prisoners.plans());
        model.addAttribute("mayPlan", prisoners.mayKeepRegistry());
        return "prisoners/plans";
    }

    @GetMapping("/{id}")
    String plan(@PathVariable String id, Model model) {
        var progress = prisoners.plan(PlanId.parse(id));
        model.addAttribute("progress", progress);
        model.addAttribute("plan", progress.plan());
        model.addAttribute("today", prisoners.today());
        return "prisoners/plan";
    }

    /** The form; with {@code rules} chosen, the candidates under them (an htmx swap of the list, or a reload). */
    @GetMapping("/new")
    String newPlan(@ModelAttribute("planForm") PlanForm planForm, Model model) {
        return form(planForm, model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("planForm") PlanForm planForm, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var draft = planForm.draft(administration());
        if (!valid(draft, result)) {
            return form(planForm, model, null);
        }
        try {
            var plan = prisoners.createPlan(draft);
            redirect.addFlashAttribute("flash", "prisoners.flash.planSaved");
            return "redirect:/prisoners/plans/" + plan.id();
        } catch (DomainException e) {
            result.reject("prisoners.form.rejected", new Object[] { e.getMessage() }, e.getMessage());
            return form(planForm, model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        var plan = prisoners.plan(PlanId.parse(id)).plan();
        var planForm = PlanForm.of(plan);
        model.addAttribute("planForm", planForm);
        return form(planForm, model, plan.id());
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("planForm") PlanForm planForm, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var planId = PlanId.parse(id);
        var existing = prisoners.plan(planId).plan();
        var draft = planForm.draft(existing.administration().value());
        if (!valid(draft, result)) {
            return form(planForm, model, planId);
        }
        try {
            prisoners.updatePlan(planId, draft);
            redirect.addFlashAttribute("flash", "prisoners.flash.planSaved");
            return "redirect:/prisoners/plans/" + planId;
        } catch (DomainException e) {
            result.reject("prisoners.form.rejected", new Object[] { e.getMessage() }, e.getMessage());
            return form(planForm, model, planId);
        }
    }

    private boolean valid(org.liaison.prisoners.PlanDraft draft, BindingResult result) {
        for (var violation : validator.validate(draft)) {
            var field = violation.getPropertyPath().toString().split("[.\\[]")[0];
            field = "agreement".equals(field) || "receivingCountry".equals(field) ? "rules"
                    : "administration".equals(field) ? "title" : field;
            result.rejectValue(field, "invalid", violation.getMessage());
        }
        return !result.hasErrors();
    }

    private String form(PlanForm planForm, Model model, @Nullable PlanId editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("rules", prisoners.transferRules());
        var agreement = planForm.agreement();
        var country = planForm.receivingCountry();
        java.util.List<org.liaison.prisoners.Candidate> candidates = agreement == null || country == null || !agreement.matches(AgreementId.PATTERN)
                || !country.matches("[A-Z]{2}") ? java.util.List.of()
                : prisoners.candidates(AgreementId.of(agreement), country);
        model.addAttribute("candidates", candidates);
        if (editing == null && planForm.getPrisoners().isEmpty() && planForm.getTitle() == null) {
            // A new plan starts with every eligible candidate ticked.
            candidates.stream().filter(c -> c.eligibility().eligible())
                    .forEach(c -> planForm.getPrisoners().add(c.prisoner().id().toString()));
        }
        return "prisoners/plan-form";
    }

    private static String administration() {
        return Reach.current().agency().map(Object::toString).orElse("");
    }
}
