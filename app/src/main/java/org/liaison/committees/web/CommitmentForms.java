package org.liaison.committees.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.CooperationArea;
import org.liaison.committees.CommitmentDraft;
import org.liaison.committees.Committees;
import org.liaison.committees.Decision;
import org.liaison.committees.DecisionId;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forms that record a commitment from an agreement, or an action item from a meeting's decision. */
@Controller
class CommitmentForms {

    private static final String VIEW = "committees/commitment-form";

    private final Committees committees;

    CommitmentForms(Committees committees) {
        this.committees = committees;
    }

    @GetMapping("/commitments/new")
    String newCommitment(Model model) {
        model.addAttribute("commitmentDraft", CommitmentDraft.empty());
        return form(null, model);
    }

    @PostMapping("/commitments/new")
    String create(@Valid CommitmentDraft commitmentDraft, BindingResult result, Model model, RedirectAttributes redirect) {
        if (commitmentDraft != null && commitmentDraft.agreement() == null && !result.hasFieldErrors("agreement")) {
            result.rejectValue("agreement", "committees.validation.required", "required");
        }
        if (result.hasErrors()) {
            FormTargets.ensure(model, "commitmentDraft", CommitmentDraft.empty(), result);
            return form(null, model);
        }
        try {
            var commitment = committees.createCommitment(commitmentDraft);
            redirect.addFlashAttribute("flash", "committees.flash.commitmentCreated");
            return "redirect:/commitments/" + commitment.id();
        } catch (DomainException e) {
            Refusals.reject(result, e, "committees.form.rejected");
            return form(null, model);
        }
    }

    @GetMapping("/committees/decisions/{decisionId}/action-items/new")
    String newActionItem(@PathVariable String decisionId, Model model) {
        model.addAttribute("commitmentDraft", CommitmentDraft.empty());
        return form(committees.decision(DecisionId.parse(decisionId)), model);
    }

    @PostMapping("/committees/decisions/{decisionId}/action-items/new")
    String createActionItem(@PathVariable String decisionId, @Valid CommitmentDraft commitmentDraft,
                            BindingResult result, Model model, RedirectAttributes redirect) {
        var decision = committees.decision(DecisionId.parse(decisionId));
        if (result.hasErrors()) {
            FormTargets.ensure(model, "commitmentDraft", CommitmentDraft.empty(), result);
            return form(decision, model);
        }
        try {
            committees.createActionItem(decision.id(), commitmentDraft);
            var meeting = committees.meeting(decision.meeting());
            redirect.addFlashAttribute("flash", "committees.flash.actionItemCreated");
            return "redirect:/committees/" + meeting.committee() + "/meetings/" + meeting.id();
        } catch (DomainException e) {
            Refusals.reject(result, e, "committees.form.rejected");
            return form(decision, model);
        }
    }

    private String form(@Nullable Decision decision, Model model) {
        model.addAttribute("decision", decision);
        model.addAttribute("meeting", decision == null ? null : committees.meeting(decision.meeting()));
        model.addAttribute("areas", CooperationArea.values());
        return VIEW;
    }
}
