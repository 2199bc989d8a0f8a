package org.liaison.identity;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.liaison.shared.Actor;

/**
 * The authenticated officer as kept in the (JDBC) session: serialisable, no secrets. The zone travels with
 * them so that every instance of the node shows their times alike without asking the database per request.
 *
 * @param zone the zone they read times in; null for the node's
 */
public record OfficerPrincipal(OfficerId id, String username, String displayName, String agencyId, Set<Role> roles,
                               @Nullable ZoneId zone) implements Actor, Serializable {

    public OfficerPrincipal(OfficerId id, String username, String displayName, String agencyId, Set<Role> roles) {
        this(id, username, displayName, agencyId, roles, null);
    }

    /** The same officer after choosing another zone. */
    public OfficerPrincipal withZone(@Nullable ZoneId chosen) {
        return new OfficerPrincipal(id, username, displayName, agencyId, roles, chosen);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return username;
    }
}
