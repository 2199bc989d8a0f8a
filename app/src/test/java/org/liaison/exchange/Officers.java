package org.liaison.exchange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.concurrent.Callable;

import org.liaison.identity.OfficerId;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as an officer who completed both login factors, outside of a request (for nodes started by hand). */
final class Officers {

    private Officers() {
    }

    static <T> T as(String username, String agency, Callable<T> work, Role... roles) throws Exception {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(officer(username, agency, roles));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The authentication of an officer who completed both login factors. */
    static UsernamePasswordAuthenticationToken officer(String username, String agency, Role... roles) {
        var granted = roles.length == 0 ? EnumSet.of(Role.OFFICER) : EnumSet.of(roles[0], roles);
        var principal = new OfficerPrincipal(OfficerId.random(), username, "Test Officer", agency, granted);
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("FACTOR_COMPLETE"));
        granted.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
