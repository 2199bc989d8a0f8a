package org.liaison.directory.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.directory.ContactKind;
import org.liaison.directory.ContactPointDraft;
import org.liaison.directory.Directory;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' forms to create, edit and delete contact points. */
@Controller
@RequestMapping("/directory/contact-points")
@PreAuthorize(Permissions.ADMIN)
class ContactPointForms {

    private static final String VIEW = "directory/contact-point-form";
    private static final String LIST = "redirect:/directory/contact-points";

    private final Directory directory;

    ContactPointForms(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/new")
    String newContactPoint(@RequestParam(required = false) @Nullable String agency, Model model) {
        var prefill = agency != null && agency.matches(AgencyId.PATTERN) ? agency : null;
        model.addAttribute("contactPointDraft", new ContactPointDraft(prefill, null, null, null, null, null, null));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid ContactPointDraft contactPointDraft, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors() && save(null, contactPointDraft, result)) {
            redirect.addFlashAttribute("flash", "directory.flash.contactPointCreated");
            return LIST;
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var contact = directory.contactPoint(id).orElseThrow(() -> new NotFound("contact point", id));
        model.addAttribute("contactPointDraft", ContactPointDraft.of(contact));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @Valid ContactPointDraft contactPointDraft, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && save(id, contactPointDraft, result)) {
            redirect.addFlashAttribute("flash", "directory.flash.contactPointUpdated");
            return LIST;
        }
        return form(model, id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        directory.deleteContactPoint(id);
        redirect.addFlashAttribute("flash", "directory.flash.contactPointDeleted");
        return LIST;
    }

    /** Saves, or records why the directory refused (an unknown agency) as a field error. */
    private boolean save(@Nullable UUID id, ContactPointDraft draft, BindingResult result) {
        try {
            if (id == null) {
                directory.createContactPoint(draft);
            } else {
                directory.updateContactPoint(id, draft);
            }
            return true;
        } catch (InvalidInput e) {
            result.rejectValue("agency", "directory.contactPoint.error.unknownAgency", new Object[] { e.getMessage() },
                    e.getMessage());
            return false;
        }
    }

    private String form(Model model, @Nullable UUID id) {
        model.addAttribute("contactPointId", id);
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("agencies", directory.agencies());
        return VIEW;
    }
}
