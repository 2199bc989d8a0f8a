package org.liaison.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.identity.OfficerAccounts;
import org.liaison.identity.TimeZones;
import org.liaison.shared.DomainException;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every officer's own account: password, the zone their times show in, and what is left of their recovery codes. */
@Controller
class AccountController {

    private final OfficerAccounts accounts;
    private final SecurityContextRepository contexts;
    private final MessageSource messages;

    AccountController(OfficerAccounts accounts, SecurityContextRepository contexts, MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("recoveryCodesLeft", accounts.myRemainingRecoveryCodes());
        model.addAttribute("zones", TimeZones.CHOICES);
        return "identity/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
                          @RequestParam(defaultValue = "") String repeat, Model model, RedirectAttributes redirect,
                          Locale locale) {
        try {
            if (!next.equals(repeat)) {
                model.addAttribute("error", "account.password.mismatch");
                return account(model);
            }
            accounts.changeMyPassword(current, next);
        } catch (DomainException e) {
            model.addAttribute("errorText", Refusals.say(messages, e, locale));
            return account(model);
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }

    /** The session keeps the officer with their zone, so the next page on any instance of the node shows it. */
    @PostMapping("/account/zone")
    String chooseZone(@RequestParam(defaultValue = "") String zone, HttpServletRequest request,
                      HttpServletResponse response, RedirectAttributes redirect) {
        var officer = accounts.chooseMyZone(TimeZones.parse(zone));
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, signedIn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("flash", "account.zone.changed");
        return "redirect:/account";
    }
}
