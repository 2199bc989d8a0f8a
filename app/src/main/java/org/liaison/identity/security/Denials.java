package org.liaison.identity.security;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.signin.DenialTally;
import org.liaison.identity.signin.Factors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each step of the login sends the officer, and how refusals look: problem+json for the API,
 * a redirect or error page for the browser. Denials of signed-in officers are audited one by one; those of
 * requests without an officer (a missing CSRF token is all that can refuse them here) are counted per source
 * address and audited together by {@link DenialTally}.
 */
@Component
class Denials {

    private static final String CSRF = "missing or invalid CSRF token";
    private static final String RULE = "role or agency does not allow this";

    private final AuditTrail audit;
    private final DenialTally tally;
    private final JsonMapper json;

    Denials(AuditTrail audit, DenialTally tally, JsonMapper json) {
        this.audit = audit;
        this.tally = tally;
        this.json = json;
    }

    void afterPassword(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var enrolled = authentication.getAuthorities().stream()
                .anyMatch(a -> Factors.PASSWORD_ONLY.equals(a.getAuthority()));
        response.sendRedirect(enrolled ? "/login/mfa" : "/login/mfa/enrol");
    }

    /** The same redirect for every refusal: the audit trail, not the answer, says why. */
    void afterFailedPassword(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.sendRedirect("/login?error");
    }

    void onLogout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal officer) {
            audit.recordFor(officer.username(), officer.agencyId(), AuditAction.LOGGED_OUT,
                    "officer:" + officer.username(), Outcome.SUCCEEDED, "");
        }
    }

    void unauthenticatedApi(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        problem(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "sign in (password and authenticator code) before calling the API");
    }

    void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var pending = pendingStep(authentication);
        var api = request.getRequestURI().startsWith("/api/");
        if (pending != null) {
            if (api) {
                problem(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "the second factor is still missing");
            } else {
                response.sendRedirect(pending);
            }
            return;
        }
        var reason = e instanceof CsrfException ? CSRF : RULE;
        var line = request.getMethod() + " " + clip(request.getRequestURI());
        if (authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal) {
            audit.recordRejection(AuditAction.ACCESS_DENIED, line, Outcome.DENIED, reason);
        } else {
            tally.count(new DenialTally.Denial(DenialTally.ANONYMOUS, null, AuditAction.ACCESS_DENIED,
                    request.getRemoteAddr(), reason), line);
        }
        if (api) {
            problem(request, response, HttpStatus.FORBIDDEN, "forbidden",
                    e instanceof CsrfException ? "send the CSRF token of your session" : "your " + RULE);
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    private static @Nullable String pendingStep(@Nullable Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        for (var authority : authentication.getAuthorities()) {
            if (Factors.PASSWORD_ONLY.equals(authority.getAuthority())) {
                return "/login/mfa";
            }
            if (Factors.MUST_ENROL.equals(authority.getAuthority())) {
                return "/login/mfa/enrol";
            }
        }
        return null;
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                         String detail) throws IOException {
        var problem = org.liaison.shared.Problems.of(status, type, detail, request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
