package org.liaison.identity;

import java.io.Serializable;
import java.util.Set;

import org.liaison.shared.Actor;

/**
 * The authenticated officer as kept in the (JDBC) session: serialisable, no secrets.
 */
public record OfficerPrincipal(OfficerId id, String username, String displayName, String agencyId, Set<Role> roles)
        implements Actor, Serializable {

    static OfficerPrincipal of(Officer officer) {
        return new OfficerPrincipal(officer.id(), officer.username(), officer.displayName(), officer.agencyId(),
                Set.copyOf(officer.roles()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return username;
    }
}
