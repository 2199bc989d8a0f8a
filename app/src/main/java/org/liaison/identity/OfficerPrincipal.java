package org.liaison.identity;

import java.io.Serializable;
import java.util.Set;

import org.liaison.shared.Actor;

/**
 * The authenticated officer as kept in the (JDBC) session: serialisable, no secrets.
 */
public record OfficerPrincipal(OfficerId id, String username, String displayName, String agencyId, Set<Role> roles)
        implements Actor, Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return username;
    }
}
