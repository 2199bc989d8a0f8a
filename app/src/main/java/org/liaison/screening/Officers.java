package org.liaison.screening;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Actor;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.springframework.security.core.context.SecurityContextHolder;

/** The current officer's agency, and what it lets them see: their agency and those below it; admins all. */
final class Officers {

    private Officers() {
    }

    static String agency() {
        return agencyId().value();
    }

    static AgencyId agencyId() {
        var agency = Actor.current().map(Actor::agencyId).orElse("");
        if (agency.isEmpty()) {
            throw new InvalidInput("screening and alerts are done for an agency; sign in as one of its officers");
        }
        return AgencyId.of(agency);
    }

    /** The agency whose records the officer sees, or null for all (administrators). */
    static @Nullable String scope() {
        return isAdmin() ? null : Actor.current().map(Actor::agencyId).orElse("-");
    }

    static boolean sees(AgencyId agency) {
        return isAdmin() || within(agency);
    }

    static boolean within(AgencyId agency) {
        var mine = Actor.current().map(Actor::agencyId).orElse("");
        return !mine.isEmpty() && (agency.value() + "/").startsWith(mine + "/");
    }

    static void requireWithin(AgencyId agency, String what) {
        if (!isAdmin() && !within(agency)) {
            throw new Forbidden("only officers of " + agency + " may " + what + " " + agency);
        }
    }

    /** Whether the officer holds a role that screens (see {@link Screening#SCREENS}). */
    static boolean screens() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(java.util.Set.of("ROLE_ADMIN", "ROLE_OFFICER", "ROLE_ANALYST", "ROLE_BORDER_OFFICER")::contains);
    }

    private static boolean isAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
