package org.liaison.identity;

import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.liaison.node.ThisNode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page and the second-factor pages (code entry, and first-time authenticator enrolment). */
@Controller
class LoginController {

    private static final String ENROL_SECRET = "liaison.enrol.secret";

    private final SignIn signIn;
    private final SecurityContextRepository contexts;
    private final ThisNode node;

    LoginController(SignIn signIn, SecurityContextRepository contexts, ThisNode node) {
        this.signIn = signIn;
        this.contexts = contexts;
        this.node = node;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, Model model) {
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "locked" -> "login.error.locked";
                case "disabled", "credentials" -> "login.error.credentials";
                default -> "login.error.generic";
            });
        }
        return "identity/login";
    }

    @GetMapping("/login/mfa")
    String mfa() {
        return "identity/mfa";
    }

    @PostMapping("/login/mfa")
    String verify(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        var officer = current();
        var result = signIn.checkSecondFactor(officer.id(), code);
        if (result == SignIn.Result.OK) {
            complete(officer, request, response);
            return "redirect:/";
        }
        if (result != SignIn.Result.WRONG) {
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error=" + (result == SignIn.Result.LOCKED ? "locked" : "disabled");
        }
        model.addAttribute("error", "mfa.error.code");
        return "identity/mfa";
    }

    @GetMapping("/login/mfa/enrol")
    String enrolForm(Model model, HttpSession session) {
        var secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(ENROL_SECRET, secret);
        }
        var officer = current();
        var uri = Totp.otpauthUri("Liaison " + node.id(), officer.username(), secret);
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("qr", QrCode.svg(uri));
        return "identity/enrol";
    }

    @PostMapping("/login/mfa/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
                 HttpServletRequest request, HttpServletResponse response) {
        var secret = (String) session.getAttribute(ENROL_SECRET);
        var officer = current();
        var codes = secret == null ? java.util.Optional.<List<String>>empty() : signIn.enrol(officer.id(), secret, code);
        if (codes.isEmpty()) {
            model.addAttribute("error", "mfa.error.code");
            return enrolForm(model, session);
        }
        session.removeAttribute(ENROL_SECRET);
        complete(officer, request, response);
        model.addAttribute("codes", new RecoveryCodeList(codes.get()));
        return "identity/recovery-codes";
    }

    private OfficerPrincipal current() {
        return (OfficerPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    /** Replaces the half-way authentication with the full one, under a new session id. */
    private void complete(OfficerPrincipal officer, HttpServletRequest request, HttpServletResponse response) {
        var fresh = OfficerPrincipal.of(signIn.officer(officer.id()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, Factors.complete(fresh)));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    record RecoveryCodeList(List<String> codes) implements Serializable {
    }
}
