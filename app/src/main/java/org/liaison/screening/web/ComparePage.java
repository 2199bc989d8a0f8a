package org.liaison.screening.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.matching.EntityKind;
import org.liaison.screening.NamePair;
import org.liaison.screening.Screening;
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

/** Two names pasted side by side, the score and why they match, for an analyst checking a possible match. */
@Controller
class ComparePage {

    private final Screening screening;

    ComparePage(Screening screening) {
        this.screening = screening;
    }

    @GetMapping("/screening/compare")
    String form(Model model) {
        if (!model.containsAttribute("pair")) {
            model.addAttribute("pair", NamePair.blank());
        }
        model.addAttribute("kinds", EntityKind.values());
        return "screening/compare";
    }

    @PostMapping("/screening/compare")
    String compare(@ModelAttribute("pair") @Valid NamePair pair, BindingResult result,
                   @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("comparison", screening.compare(pair));
            } catch (DomainException e) {
                Refusals.reject(result, e, "screening.compare.rejected");
            }
        }
        FormTargets.ensure(model, "pair", NamePair.blank(), result);
        if (htmx != null) {
            return "screening/compare :: results";
        }
        return form(model);
    }
}
