package org.liaison.directory.web;

import jakarta.validation.Valid;

import org.liaison.directory.AgencyDraft;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyType;
import org.liaison.directory.Directory;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.liaison.shared.Refusals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' forms to create and edit agencies; errors are shown next to the fields they concern. */
@Controller
@RequestMapping("/directory/agencies")
@PreAuthorize(Permissions.ADMIN)
class AgencyForms {

    private static final String VIEW = "directory/agency-form";

    private final Directory directory;

    AgencyForms(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/new")
    String newAgency(Model model) {
        model.addAttribute("agencyDraft", new AgencyDraft(null, null, null, null, null, null, null, null, null, null));
        return form(model, false);
    }

    @PostMapping("/new")
    String create(@Valid AgencyDraft agencyDraft, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, false);
        }
        try {
            directory.createAgency(agencyDraft);
        } catch (Conflict e) {
            result.rejectValue("id", "directory.agency.error.exists", e.getMessage());
            return form(model, false);
        } catch (InvalidInput e) {
            Refusals.reject(result, e, "directory.form.error.rejected");
            return form(model, false);
        }
        redirect.addFlashAttribute("flash", "directory.flash.agencyCreated");
        return "redirect:/directory/agencies/" + agencyDraft.id();
    }

    @GetMapping("/edit/{*id}")
    String edit(@PathVariable String id, Model model) {
        var agencyId = AgencyId.of(id.substring(1));
        var agency = directory.agency(agencyId).orElseThrow(() -> new NotFound("agency", agencyId));
        model.addAttribute("agencyDraft", AgencyDraft.of(agency));
        return form(model, true);
    }

    @PostMapping("/edit/{*id}")
    String update(@PathVariable String id, @Valid AgencyDraft agencyDraft, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!id.substring(1).equals(agencyDraft.id())) {
            result.rejectValue("id", "directory.agency.error.idChanged", "the id of an agency cannot change");
        }
        if (result.hasErrors()) {
            return form(model, true);
        }
        try {
            directory.updateAgency(agencyDraft);
        } catch (InvalidInput e) {
            Refusals.reject(result, e, "directory.form.error.rejected");
            return form(model, true);
        }
        redirect.addFlashAttribute("flash", "directory.flash.agencyUpdated");
        return "redirect:/directory/agencies/" + agencyDraft.id();
    }

    private static String form(Model model, boolean editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("types", AgencyType.values());
        return VIEW;
    }
}
