package org.liaison.prisoners.web;

import org.liaison.prisoners.Prisoners;
import org.liaison.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every agreement's transfer rules and approval chain, and the form that sets them (administrators, secretaries). */
@Controller
@RequestMapping("/prisoners/rules")
class RulesPages {

    private final Prisoners prisoners;

    RulesPages(Prisoners prisoners) {
        this.prisoners = prisoners;
    }

    @GetMapping
    String rules(Model model) {
        model.addAttribute("rules", prisoners.transferRules());
        model.addAttribute("maySet", prisoners.maySetRules());
        if (!model.containsAttribute("rulesForm")) {
            model.addAttribute("rulesForm", RulesForm.empty());
        }
        return "prisoners/rules";
    }

    @PostMapping
    String set(RulesForm rulesForm, Model model, RedirectAttributes redirect) {
        try {
            prisoners.setTransferRules(rulesForm.rules());
            redirect.addFlashAttribute("flash", "prisoners.flash.rulesSet");
            return "redirect:/prisoners/rules";
        } catch (DomainException | jakarta.validation.ConstraintViolationException e) {
            model.addAttribute("rulesForm", rulesForm);
            model.addAttribute("refusal", e.getMessage());
            return rules(model);
        }
    }
}
