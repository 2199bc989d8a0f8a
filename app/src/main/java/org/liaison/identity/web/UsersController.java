package org.liaison.identity.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.NewOfficer;
import org.liaison.identity.OfficerAccounts;
import org.liaison.identity.OfficerId;
import org.liaison.identity.Role;
import org.liaison.shared.DomainException;
import org.liaison.shared.Permissions;
import org.liaison.shared.Refusals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage the officers of their own agency. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize(Permissions.ADMIN)
class UsersController {

    private final OfficerAccounts accounts;

    UsersController(OfficerAccounts accounts) {
        this.accounts = accounts;
    }

    record OfficerForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
                       @Size(max = 200) @Nullable String displayNameLatin, @NotEmpty List<Role> roles) {
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return List.of(Role.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("officers", accounts.inMyReach());
        return "identity/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new OfficerForm("", "", "", List.of(Role.OFFICER)));
        return "identity/user-new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                var created = accounts.create(new NewOfficer(form.username(), form.displayName(), form.displayNameLatin(),
                        EnumSet.copyOf(form.roles())));
                model.addAttribute("created", created);
                return "identity/user-created";
            } catch (DomainException e) {
                Refusals.reject(errors, e, "identity.refusal.other");
            }
        }
        return "identity/user-new";
    }

    @PostMapping("/{id}/{action:disable|enable|reset-mfa}")
    String act(@PathVariable String id, @PathVariable String action, RedirectAttributes redirect) {
        var officer = OfficerId.parse(id);
        switch (action) {
            case "disable" -> accounts.setEnabled(officer, false);
            case "enable" -> accounts.setEnabled(officer, true);
            default -> accounts.resetMfa(officer);
        }
        redirect.addFlashAttribute("flash", "users.done." + action);
        return "redirect:/admin/users";
    }
}
