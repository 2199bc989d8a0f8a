package org.liaison.border.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.border.BorderCrossings;
import org.liaison.border.Crossing;
import org.liaison.border.CrossingDraft;
import org.liaison.border.Direction;
import org.liaison.border.Purpose;
import org.liaison.documents.Sex;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checkpoint's crossing desk, keyboard first: the MRZ field has the focus, a paste and Enter (or "Check")
 * fill the form and screen the holder, and "Record" saves what the officer saw. The latest crossings below.
 */
@Controller
class CrossingPages {

    private final BorderCrossings crossings;

    CrossingPages(BorderCrossings crossings) {
        this.crossings = crossings;
    }

    @GetMapping("/border/crossings")
    String desk(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", CrossingDraft.blank());
        }
        model.addAttribute("checkpoints", crossings.checkpoints());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("recent", crossings.recent(20));
        model.addAttribute("names", crossings.checkpointNames());
        return "border/crossings";
    }

    @PostMapping("/border/crossings/check")
    String check(@Valid @ModelAttribute("draft") CrossingDraft draft, BindingResult result,
                 @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (!result.hasErrors()) {
            try {
                var check = crossings.check(draft);
                model.addAttribute("check", check);
                model.addAttribute("draft", check.draft());
            } catch (DomainException e) {
                Refusals.reject(result, e, "border.invalid.other");
            }
        }
        FormTargets.ensure(model, "draft", CrossingDraft.blank(), result);
        desk(model);
        return htmx != null ? "border/crossings :: desk" : "border/crossings";
    }

    @PostMapping("/border/crossings")
    String record(@Valid @ModelAttribute("draft") CrossingDraft draft, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var crossing = crossings.record(draft, Crossing.Source.FORM);
                redirect.addFlashAttribute("recorded", crossing.name());
                return "redirect:/border/crossings";
            } catch (DomainException e) {
                Refusals.reject(result, e, "border.invalid.other");
            }
        }
        FormTargets.ensure(model, "draft", CrossingDraft.blank(), result);
        return desk(model);
    }
}
