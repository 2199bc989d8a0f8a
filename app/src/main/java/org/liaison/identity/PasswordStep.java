package org.liaison.identity;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * First factor. A correct password yields an authentication that holds no role yet, only the authority
 * that lets the officer reach the second-factor page.
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
        var check = signIn.checkPassword(username, password);
        return switch (check.result()) {
            case OK -> {
                var officer = check.officer().orElseThrow();
                yield UsernamePasswordAuthenticationToken.authenticated(OfficerPrincipal.of(officer), null,
                        Factors.pending(officer.mfaEnrolled()));
            }
            case LOCKED -> throw new LockedException("locked");
            case DISABLED -> throw new DisabledException("disabled");
            case WRONG -> throw new BadCredentialsException("wrong username or password");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
