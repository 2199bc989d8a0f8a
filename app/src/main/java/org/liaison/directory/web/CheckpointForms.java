package org.liaison.directory.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.CheckpointDraft;
import org.liaison.directory.CheckpointStatus;
import org.liaison.directory.CheckpointType;
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

/** Administrators' forms to create and edit border checkpoints. */
@Controller
@RequestMapping("/directory/checkpoints")
@PreAuthorize(Permissions.ADMIN)
class CheckpointForms {

    private static final String VIEW = "directory/checkpoint-form";
    private static final String LIST = "redirect:/directory/checkpoints";

    private final Directory directory;

    CheckpointForms(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/new")
    String newCheckpoint(Model model) {
        model.addAttribute("checkpointDraft", new CheckpointDraft(null, null, null, null, null, null, null, null,
                null, null, CheckpointType.INTERNATIONAL, null, null, CheckpointStatus.OPEN, null));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid CheckpointDraft checkpointDraft, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors() && save(null, checkpointDraft, result)) {
            redirect.addFlashAttribute("flash", "directory.flash.checkpointCreated");
            return LIST;
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var checkpoint = directory.checkpoint(id).orElseThrow(() -> new NotFound("checkpoint", id));
        model.addAttribute("checkpointDraft", CheckpointDraft.of(checkpoint));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid CheckpointDraft checkpointDraft, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors() && save(id, checkpointDraft, result)) {
            redirect.addFlashAttribute("flash", "directory.flash.checkpointUpdated");
            return LIST;
        }
        return form(model, id);
    }

    /** Saves, or records why the directory refused (same country twice, a duplicate) as a form error. */
    private boolean save(@Nullable Long id, CheckpointDraft draft, BindingResult result) {
        try {
            if (id == null) {
                directory.createCheckpoint(draft);
            } else {
                directory.updateCheckpoint(id, draft);
            }
            return true;
        } catch (InvalidInput | Conflict e) {
            Refusals.reject(result, e, "directory.form.error.rejected");
            return false;
        }
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("checkpointId", id);
        model.addAttribute("countries", directory.countries());
        model.addAttribute("types", CheckpointType.values());
        model.addAttribute("statuses", CheckpointStatus.values());
        return VIEW;
    }
}
