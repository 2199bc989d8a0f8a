package org.liaison;

import java.util.ArrayList;
import java.util.EnumSet;

import org.liaison.identity.OfficerId;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** The security context of {@link WithOfficer}: the same principal and authorities a real login produces. */
class WithOfficerFactory implements WithSecurityContextFactory<WithOfficer> {

    @Override
    public SecurityContext createSecurityContext(WithOfficer officer) {
        return context(officer.username(), officer.agency(), officer.roles());
    }

    static SecurityContext context(String username, String agency, String... roleNames) {
        var roles = EnumSet.noneOf(Role.class);
        for (var role : roleNames) {
            roles.add(Role.valueOf(role));
        }
        var principal = new OfficerPrincipal(OfficerId.random(), username, "Test Officer", agency, roles);
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("FACTOR_COMPLETE"));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        return context;
    }
}
