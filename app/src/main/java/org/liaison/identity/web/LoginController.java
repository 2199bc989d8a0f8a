package org.liaison.identity.web;

import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.signin.Factors;
import org.liaison.identity.signin.SecondFactor;
import org.liaison.identity.signin.Totp;
import org.liaison.node.ThisNode;
import org.liaison.shared.QrCodes;
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

    private final SecondFactor secondFactor;
    private final SecurityContextRepository contexts;
    private final ThisNode node;

    LoginController(SecondFactor secondFactor, SecurityContextRepository contexts, ThisNode node) {
        this.secondFactor = secondFactor;
        this.contexts = contexts;
        this.node = node;
    }

    /** One message for every refusal: naming the reason would tell who has an account, or that it is throttled. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, Model model) {
        if (error != null) {
            model.addAttribute("error", "login.error.credentials");
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
        return switch (secondFactor.check(officer.id(), code, request.getRemoteAddr())) {
            case OK -> {
                complete(officer, request, response);
                yield "redirect:/";
            }
            case ENDED -> {
                request.getSession().invalidate();
                SecurityContextHolder.clearContext();
                yield "redirect:/login?error";
            }
            case REFUSED -> {
                model.addAttribute("error", "mfa.error.code");
                yield "identity/mfa";
            }
        };
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
        model.addAttribute("qr", QrCodes.svg(uri, QrCodes.Sturdiness.SCREEN, 240, "totp-qr"));
        return "identity/enrol";
    }

    @PostMapping("/login/mfa/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
                 HttpServletRequest request, HttpServletResponse response) {
        var secret = (String) session.getAttribute(ENROL_SECRET);
        var officer = current();
        var codes = secret == null ? java.util.Optional.<List<String>>empty()
                : secondFactor.enrol(officer.id(), secret, code, request.getRemoteAddr());
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
        var fresh = secondFactor.officer(officer.id()).principal();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, Factors.complete(fresh)));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    record RecoveryCodeList(List<String> codes) implements Serializable {
    }
}
