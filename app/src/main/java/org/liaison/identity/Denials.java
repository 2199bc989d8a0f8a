package org.liaison.identity;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each step of the login sends the officer, and how refusals look: problem+json for the API,
 * a redirect or error page for the browser. Denials of authenticated officers are audited.
 */
@Component
class Denials {

    private final AuditTrail audit;
    private final JsonMapper json;

    Denials(AuditTrail audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    void afterPassword(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var enrolled = authentication.getAuthorities().stream()
                .anyMatch(a -> Factors.PASSWORD_ONLY.equals(a.getAuthority()));
        response.sendRedirect(enrolled ? "/login/mfa" : "/login/mfa/enrol");
    }

    void afterFailedPassword(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        var reason = e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "credentials";
        response.sendRedirect("/login?error=" + reason);
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
        audit.recordRejection(AuditAction.ACCESS_DENIED, request.getMethod() + " " + clip(request.getRequestURI()),
                Outcome.DENIED, "role or agency does not allow this");
        if (api) {
            problem(request, response, HttpStatus.FORBIDDEN, "forbidden", "your role or agency does not allow this");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    private static @org.jspecify.annotations.Nullable String pendingStep(
            @org.jspecify.annotations.Nullable Authentication authentication) {
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
