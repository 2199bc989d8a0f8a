package org.liaison.identity.signin;

import java.util.ArrayList;
import java.util.List;

import org.liaison.identity.OfficerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities that mark how far a login has come. Only {@link #COMPLETE} opens the application;
 * role authorities are granted with it, never before the second factor.
 */
public final class Factors {

    public static final String PASSWORD_ONLY = "FACTOR_PASSWORD_ONLY";
    public static final String MUST_ENROL = "FACTOR_MUST_ENROL";
    public static final String COMPLETE = "FACTOR_COMPLETE";

    private Factors() {
    }

    static List<GrantedAuthority> pending(boolean enrolled) {
        return List.of(new SimpleGrantedAuthority(enrolled ? PASSWORD_ONLY : MUST_ENROL));
    }

    public static boolean isComplete(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> COMPLETE.equals(a.getAuthority()));
    }

    public static List<GrantedAuthority> complete(OfficerPrincipal officer) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(COMPLETE));
        officer.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }
}
