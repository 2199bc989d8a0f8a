package org.liaison.cases.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.CaseDraft;
import org.liaison.cases.CaseFilter;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CaseType;
import org.liaison.cases.Cases;
import org.liaison.identity.Reach;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Conflict;
import org.liaison.shared.FormTargets;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list (filters, htmx rows), a case's page, and the forms that open, revise and move a case. */
@Controller
class CasePages {

    private final Cases cases;
    private final CaseView view;

    CasePages(Cases cases, CaseView view) {
        this.cases = cases;
        this.view = view;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) @Nullable CaseType type,
                @RequestParam(required = false) @Nullable CaseStatus status,
                @RequestParam(required = false) @Nullable String province,
                @RequestParam(required = false) @Nullable String q,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var filter = new CaseFilter(type, status, cap(province), cap(q));
        model.addAttribute("cases", cases.cases(filter));
        model.addAttribute("total", cases.count(filter));
        model.addAttribute("types", CaseType.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("province", filter.province());
        model.addAttribute("q", filter.text());
        model.addAttribute("mayRecord", cases.mayRecord());
        model.addAttribute("mayFollowAssistance", cases.mayFollowAssistance());
        return htmx == null ? "cases/list" : "cases/list :: rows";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable String id, Model model) {
        return view.page(CaseId.parse(id), model);
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        model.addAttribute("caseDraft", CaseDraft.empty(Reach.current().agency().map(AgencyId::value).orElse(null)));
        return form(model, null);
    }

    @PostMapping("/cases/new")
    String open(@Valid CaseDraft caseDraft, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var opened = cases.open(caseDraft);
                redirect.addFlashAttribute("flash", "cases.flash.opened");
                return "redirect:/cases/" + opened.id();
            } catch (InvalidInput | Conflict e) {
                result.reject("cases.form.rejected", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        FormTargets.ensure(model, "caseDraft", CaseDraft.empty(null), result);
        return form(model, null);
    }

    @GetMapping("/cases/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        var file = cases.file(CaseId.parse(id));
        model.addAttribute("caseDraft", CaseDraft.of(file.crimeCase().details()));
        return form(model, file.crimeCase().id());
    }

    @PostMapping("/cases/{id}/edit")
    String revise(@PathVariable String id, @Valid CaseDraft caseDraft, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var caseId = CaseId.parse(id);
        if (!result.hasErrors()) {
            try {
                cases.revise(caseId, caseDraft);
                redirect.addFlashAttribute("flash", "cases.flash.revised");
                return "redirect:/cases/" + id;
            } catch (InvalidInput | Conflict e) {
                result.reject("cases.form.rejected", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        FormTargets.ensure(model, "caseDraft", CaseDraft.empty(null), result);
        return form(model, caseId);
    }

    @PostMapping("/cases/{id}/status")
    String move(@PathVariable String id, @RequestParam CaseStatus status,
                @RequestParam(required = false, defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            cases.move(CaseId.parse(id), status, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            redirect.addFlashAttribute("flash", "cases.flash.moved");
        } catch (Conflict e) {
            redirect.addFlashAttribute("statusError", e.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    private String form(Model model, @Nullable CaseId editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("types", CaseType.values());
        model.addAttribute("checkpoints", cases.checkpoints());
        model.addAttribute("today", cases.today());
        return "cases/form";
    }

    static @Nullable String cap(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        return text.length() <= 100 ? text : text.substring(0, 100);
    }
}
