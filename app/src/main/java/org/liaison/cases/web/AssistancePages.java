package org.liaison.cases.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.AssistanceAnswer;
import org.liaison.cases.AssistanceDraft;
import org.liaison.cases.AssistanceKind;
import org.liaison.cases.AssistanceResult;
import org.liaison.cases.AssistanceStatus;
import org.liaison.cases.CaseDraft;
import org.liaison.cases.Cases;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyType;
import org.liaison.directory.Directory;
import org.liaison.identity.Reach;
import org.liaison.shared.Conflict;
import org.liaison.shared.FormTargets;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mutual legal assistance for prosecutors and the investigators they name: the dashboard of pending and overdue
 * requests per partner office, the request form (the exchange's answer shown before sending), a request's page
 * with the answer and the investigators named on it.
 */
@Controller
class AssistancePages {

    private final Cases cases;
    private final Directory directory;

    AssistancePages(Cases cases, Directory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    @GetMapping("/assistance")
    String list(Model model) {
        model.addAttribute("desks", cases.assistanceDesks());
        model.addAttribute("requests", cases.assistanceRequests());
        model.addAttribute("today", cases.today());
        model.addAttribute("mayRequest", cases.mayRequestAssistance());
        return "cases/assistance-list";
    }

    @GetMapping("/assistance/new")
    String form(@ModelAttribute("assistanceDraft") AssistanceDraft draft, BindingResult ignored,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (htmx != null) {
            clearance(draft, model);
            return "cases/assistance-form :: clearance";
        }
        if (draft.office() == null) {
            model.addAttribute("assistanceDraft", AssistanceDraft.empty(Reach.current().agency().map(AgencyId::value).orElse(null)));
        }
        return form(model);
    }

    @PostMapping("/assistance/new")
    String send(@Valid AssistanceDraft assistanceDraft, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var answer = cases.requestAssistance(assistanceDraft);
                if (answer.sent()) {
                    redirect.addFlashAttribute("flash", "cases.assistance.flash.sent");
                    return "redirect:/assistance/" + java.util.Objects.requireNonNull(answer.request()).id();
                }
                model.addAttribute("clearance", answer.denied());
            } catch (InvalidInput | Conflict e) {
                Refusals.reject(result, e, "cases.form.rejected");
            }
        }
        FormTargets.ensure(model, "assistanceDraft", AssistanceDraft.empty(null), result);
        return form(model);
    }

    @GetMapping("/assistance/{id}")
    String show(@PathVariable UUID id, Model model) {
        var request = cases.assistanceRequest(id);
        model.addAttribute("request", request);
        model.addAttribute("today", cases.today());
        model.addAttribute("mayAct", cases.mayRequestAssistance() && Reach.current().covers(request.office()));
        model.addAttribute("outcomes", List.of(AssistanceStatus.EXECUTED, AssistanceStatus.PARTLY_EXECUTED,
                AssistanceStatus.REFUSED));
        if (!model.containsAttribute("assistanceAnswer")) {
            model.addAttribute("assistanceAnswer", AssistanceAnswer.empty());
        }
        return "cases/assistance-request";
    }

    @PostMapping("/assistance/{id}/answer")
    String answer(@PathVariable UUID id, @Valid AssistanceAnswer assistanceAnswer, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return act(id, result, model, redirect, "cases.assistance.flash.answered", () -> {
            var answer = cases.answerAssistance(id, assistanceAnswer);
            if (!answer.sent()) {
                model.addAttribute("clearance", answer.denied());
            }
            return answer;
        });
    }

    @PostMapping("/assistance/{id}/investigators")
    String investigators(@PathVariable UUID id, @RequestParam(required = false) @Nullable String investigators,
                         Model model, RedirectAttributes redirect) {
        var names = investigators == null ? List.<String>of() : java.util.Arrays.stream(investigators.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (names.size() > 10 || names.stream().anyMatch(n -> !n.matches(CaseDraft.OFFICER))) {
            model.addAttribute("investigatorsError", "cases.validation.officer");
            return show(id, model);
        }
        cases.nameInvestigators(id, names);
        redirect.addFlashAttribute("flash", "cases.assistance.flash.named");
        return "redirect:/assistance/" + id;
    }

    private String act(UUID id, BindingResult result, Model model, RedirectAttributes redirect, String flash,
                       Supplier<AssistanceResult> action) {
        if (!result.hasErrors()) {
            try {
                if (action.get().sent()) {
                    redirect.addFlashAttribute("flash", flash);
                    return "redirect:/assistance/" + id;
                }
            } catch (InvalidInput | Conflict e) {
                Refusals.reject(result, e, "cases.form.rejected");
            }
        }
        FormTargets.ensure(model, "assistanceAnswer", AssistanceAnswer.empty(), result);
        return show(id, model);
    }

    private void clearance(AssistanceDraft draft, Model model) {
        if (draft.office() == null || draft.partner() == null || draft.kind() == null || draft.agreement() == null
                || draft.article() == null || draft.deadline() == null || draft.subject() == null
                || draft.description() == null || !draft.office().matches(AgencyId.PATTERN)
                || !draft.partner().matches(AgencyId.PATTERN)) {
            return;
        }
        try {
            model.addAttribute("clearance", cases.checkAssistance(draft));
        } catch (InvalidInput | Conflict e) {
            model.addAttribute("refusal", e);
        } catch (jakarta.validation.ConstraintViolationException e) {
            // a field out of its limits: the form says which when it is sent; no answer to show yet
        }
    }

    private String form(Model model) {
        model.addAttribute("kinds", AssistanceKind.values());
        model.addAttribute("offices", directory.agencies().stream().filter(a -> a.type() == AgencyType.PROSECUTION).toList());
        return "cases/assistance-form";
    }
}
