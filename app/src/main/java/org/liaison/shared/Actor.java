package org.liaison.shared;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The officer on whose behalf the current request runs, as other modules see them.
 * The identity module's principal implements it; the audit module reads it without depending on identity.
 */
public interface Actor {

    String username();

    String agencyId();

    static Optional<Actor> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /**
     * The current principal's name: the officer's username, another authenticated name, "anonymous" for a request
     * nobody signed in to (never Spring's "anonymousUser"), or "system".
     */
    static String currentName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        if (authentication == null || !authentication.isAuthenticated()) {
            return "system";
        }
        return current().map(Actor::username).orElse(authentication.getName());
    }
}
