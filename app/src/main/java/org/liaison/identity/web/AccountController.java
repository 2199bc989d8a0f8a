package org.liaison.identity.web;

import org.liaison.identity.OfficerAccounts;
import org.liaison.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every officer's own account: password and what is left of their recovery codes. */
@Controller
class AccountController {

    private final OfficerAccounts accounts;

    AccountController(OfficerAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("recoveryCodesLeft", accounts.myRemainingRecoveryCodes());
        return "identity/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
                          @RequestParam(defaultValue = "") String repeat, Model model, RedirectAttributes redirect) {
        try {
            if (!next.equals(repeat)) {
                model.addAttribute("error", "account.password.mismatch");
                return account(model);
            }
            accounts.changeMyPassword(current, next);
        } catch (DomainException e) {
            model.addAttribute("errorText", e.getMessage());
            return account(model);
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }
}
