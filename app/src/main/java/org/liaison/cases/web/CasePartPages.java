package org.liaison.cases.web;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.liaison.cases.CaseId;
import org.liaison.cases.Cases;
import org.liaison.cases.EvidenceDraft;
import org.liaison.cases.HandOverDraft;
import org.liaison.cases.PersonDraft;
import org.liaison.cases.SeizureDraft;
import org.liaison.cases.VehicleDraft;
import org.liaison.shared.Conflict;
import org.liaison.shared.FormTargets;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms on a case's page that link persons, vehicles, seizures and evidence, and record hand-overs. */
@Controller
class CasePartPages {

    private final Cases cases;
    private final CaseView view;

    CasePartPages(Cases cases, CaseView view) {
        this.cases = cases;
        this.view = view;
    }

    @PostMapping("/cases/{id}/persons")
    String person(@PathVariable String id, @Valid PersonDraft personDraft, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return save(id, "personDraft", PersonDraft.empty(), result, model, redirect, "cases.flash.person", () -> {
            var added = cases.addPerson(CaseId.parse(id), personDraft);
            redirect.addFlashAttribute("personAdded", added);
            return added;
        });
    }

    @PostMapping("/cases/{id}/vehicles")
    String vehicle(@PathVariable String id, @Valid VehicleDraft vehicleDraft, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        return save(id, "vehicleDraft", VehicleDraft.empty(), result, model, redirect, "cases.flash.vehicle",
                () -> cases.addVehicle(CaseId.parse(id), vehicleDraft));
    }

    @PostMapping("/cases/{id}/seizures")
    String seizure(@PathVariable String id, @Valid SeizureDraft seizureDraft, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        return save(id, "seizureDraft", SeizureDraft.empty(), result, model, redirect, "cases.flash.seizure",
                () -> cases.addSeizure(CaseId.parse(id), seizureDraft));
    }

    @PostMapping("/cases/{id}/evidence")
    String evidence(@PathVariable String id, @Valid EvidenceDraft evidenceDraft, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        return save(id, "evidenceDraft", EvidenceDraft.empty(), result, model, redirect, "cases.flash.evidence",
                () -> cases.addEvidence(CaseId.parse(id), evidenceDraft));
    }

    @PostMapping("/cases/{id}/evidence/{evidence}/hand-overs")
    String handOver(@PathVariable String id, @PathVariable UUID evidence, @Valid HandOverDraft handOverDraft,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("handOverFor", evidence);
        return save(id, "handOverDraft", HandOverDraft.empty(), result, model, redirect, "cases.flash.handOver",
                () -> cases.handOver(CaseId.parse(id), evidence, handOverDraft));
    }

    private String save(String id, String name, Object empty, BindingResult result, Model model,
                        RedirectAttributes redirect, String flash, Supplier<?> action) {
        if (!result.hasErrors()) {
            try {
                action.get();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/cases/" + id;
            } catch (InvalidInput | Conflict e) {
                result.reject("cases.form.rejected", new Object[] { e.getMessage() }, e.getMessage());
            }
        }
        FormTargets.ensure(model, name, empty, result);
        model.addAttribute("failed", name);
        return view.page(CaseId.parse(id), model);
    }
}
