package org.liaison.identity;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.liaison.directory.AgencyId;
import org.springframework.stereotype.Component;

/**
 * The named permission expressions of every {@code @PreAuthorize} ({@link org.liaison.shared.Permissions}):
 * bean {@code reach}, answering from {@link Reach#current()}, so that method security and the modules' own
 * checks can never disagree.
 */
@Component("reach")
class ReachExpressions {

    /** An officer with a completed sign-in, or the node itself. */
    public boolean signedIn() {
        return Reach.current() instanceof Reach.Officer || Reach.current() instanceof Reach.Node;
    }

    public boolean administers() {
        return Reach.current().administers();
    }

    /** Holds one of the roles (named as in {@link Role}), or administers the node. */
    public boolean actsAs(String... roles) {
        return Reach.current().mayActAs(Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toSet()));
    }

    /** Holds this very role, whatever else (administrators included only if they hold it too). */
    public boolean holds(String role) {
        return Reach.current().has(Role.valueOf(role));
    }

    /** May act for the agency with this id. */
    public boolean covers(String agencyId) {
        return Reach.current().covers(AgencyId.of(agencyId));
    }
}
