package org.liaison.committees.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Party;
import org.liaison.committees.CommitteeDraft;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.CommitteeKind;
import org.liaison.committees.Committees;
import org.liaison.committees.internal.Texts;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.Refusals;
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

/** The committees list (with htmx filters), a committee's page and the form that sets one up. */
@Controller
@RequestMapping("/committees")
class CommitteePages {

    private final Committees committees;

    CommitteePages(Committees committees) {
        this.committees = committees;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable CommitteeKind kind,
                @RequestParam(required = false) @Nullable String party,
                @RequestParam(required = false) @Nullable String q,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var partyFilter = party != null && party.strip().matches(Party.PATTERN) ? party.strip() : null;
        var text = Texts.optional(q);
        var capped = text == null || text.length() <= 100 ? text : text.substring(0, 100);
        model.addAttribute("committees", committees.committees(kind, partyFilter, capped));
        model.addAttribute("kinds", CommitteeKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("party", partyFilter);
        model.addAttribute("q", capped);
        model.addAttribute("mayRecord", committees.mayRecord());
        return htmx == null ? "committees/list" : "committees/list :: rows";
    }

    @GetMapping("/{id}")
    String committee(@PathVariable String id, Model model) {
        var committeeId = CommitteeId.parse(id);
        model.addAttribute("committee", committees.committee(committeeId));
        model.addAttribute("meetings", committees.meetings(committeeId));
        model.addAttribute("mayManage", committees.mayManage(committeeId));
        model.addAttribute("thisYear", committees.today().getYear());
        return "committees/committee";
    }

    @GetMapping("/new")
    String newCommittee(Model model) {
        model.addAttribute("committeeDraft", CommitteeDraft.empty());
        return form(model);
    }

    @PostMapping("/new")
    String create(@Valid CommitteeDraft committeeDraft, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            FormTargets.ensure(model, "committeeDraft", CommitteeDraft.empty(), result);
            return form(model);
        }
        try {
            var committee = committees.createCommittee(committeeDraft);
            redirect.addFlashAttribute("flash", "committees.flash.committeeCreated");
            return "redirect:/committees/" + committee.id();
        } catch (DomainException e) {
            Refusals.reject(result, e, "committees.form.rejected");
            return form(model);
        }
    }

    private static String form(Model model) {
        model.addAttribute("kinds", CommitteeKind.values());
        return "committees/committee-form";
    }
}
