package org.liaison.identity.security;

import org.aopalliance.intercept.MethodInvocation;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.shared.RequestRefused;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Audits an officer refused by a use case's authorization rule (a role or agency the officer lacks), or by the
 * use case itself: a {@code Forbidden}, or a record outside their reach answered as not found.
 * Refusals of whole URLs are audited where the filter chain answers them ({@link Denials}).
 */
@Component
class MethodDenials {

    private final AuditTrail audit;

    MethodDenials(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof MethodInvocation invocation
                && event.getAuthentication().get().getPrincipal() instanceof OfficerPrincipal officer) {
            var method = invocation.getMethod();
            audit.recordFor(officer.username(), officer.agencyId(), AuditAction.ACCESS_DENIED,
                    method.getDeclaringClass().getSimpleName() + "." + method.getName(), Outcome.DENIED,
                    "refused by the use case's authorization rule");
        }
    }

    @EventListener
    void on(RequestRefused refusal) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal officer) {
            audit.recordFor(officer.username(), officer.agencyId(), AuditAction.ACCESS_DENIED, refusal.request(),
                    Outcome.DENIED, refusal.status() + " " + refusal.reason());
        }
    }
}
