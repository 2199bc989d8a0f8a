package org.liaison.identity.signin;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * First factor. A correct password yields an authentication that holds no role yet, only the authority
 * that lets the officer reach the second-factor page. Every refusal is the same exception, so the browser
 * gets the same answer whatever the reason.
 */
@Component
class PasswordStep implements AuthenticationProvider {

    private final SignIn signIn;

    PasswordStep(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        var password = String.valueOf(authentication.getCredentials());
        var officer = signIn.checkPassword(username, password, address(authentication))
                .orElseThrow(() -> new BadCredentialsException("wrong username or password, or throttled"));
        return UsernamePasswordAuthenticationToken.authenticated(officer.principal(), null,
                Factors.pending(officer.mfaEnrolled()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container sees it (behind a proxy: as its forwarded headers say). */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
