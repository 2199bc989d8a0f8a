package org.liaison.screening.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.Directory;
import org.liaison.node.ThisNode;
import org.liaison.screening.Gender;
import org.liaison.screening.HitId;
import org.liaison.screening.Screening;
import org.liaison.screening.Traveller;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The checkpoint screen: a traveller's details or MRZ in, possible matches with their reasons out, decided in place. */
@Controller
class ScreeningPages {

    private final Screening screening;
    private final Directory directory;
    private final ThisNode node;
    private final MessageSource messages;

    ScreeningPages(Screening screening, Directory directory, ThisNode node, MessageSource messages) {
        this.messages = messages;
        this.screening = screening;
        this.directory = directory;
        this.node = node;
    }

    @GetMapping("/screening")
    String form(Model model) {
        if (!model.containsAttribute("traveller")) {
            model.addAttribute("traveller", Traveller.blank());
        }
        model.addAttribute("threshold", screening.defaultThreshold());
        model.addAttribute("alertsInForce", screening.alertsInForce());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("checkpoints", directory.checkpoints(node.country(), null).stream()
                .map(c -> c.a().country().equals(node.country()) ? c.a().name() : c.b().name()).sorted().toList());
        return "screening/screen";
    }

    @PostMapping("/screening")
    String screen(@Valid Traveller traveller, BindingResult result, @RequestParam(required = false) @Nullable Double threshold,
                  @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (traveller.nothingGiven()) {
            result.reject("screening.validation.nothingToScreen");
        }
        if (!result.hasErrors()) {
            try {
                model.addAttribute("result", screening.screen(traveller, threshold));
            } catch (DomainException e) {
                Refusals.reject(result, e, "screening.form.rejected");
            }
        }
        FormTargets.ensure(model, "traveller", Traveller.blank(), result);
        if (htmx != null) {
            return "screening/screen :: results";
        }
        return form(model);
    }

    @PostMapping("/screening/hits/{id}/{decision:confirm|discard}")
    String decide(@PathVariable String id, @PathVariable String decision, @RequestParam(defaultValue = "") String note,
                  @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model,
                  RedirectAttributes redirect, Locale locale) {
        var hitId = HitId.parse(id);
        try {
            var hit = decision.equals("confirm") ? screening.confirm(hitId, note) : screening.discard(hitId, note);
            model.addAttribute("hit", hit);
            redirect.addFlashAttribute("flash", "screening.flash." + decision + "ed");
        } catch (DomainException e) {
            model.addAttribute("hit", screening.hit(hitId));
            var said = Refusals.say(messages, e, locale);
            model.addAttribute("decisionError", said);
            redirect.addFlashAttribute("decisionError", said);
        }
        return htmx != null ? "screening/fragments :: decision" : "redirect:/screening/hits/" + id;
    }
}
