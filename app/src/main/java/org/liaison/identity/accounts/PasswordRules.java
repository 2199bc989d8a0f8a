package org.liaison.identity.accounts;

import org.liaison.identity.signin.SignIn;
import org.liaison.shared.InvalidInput;

/** Length over composition (NIST SP 800-63B): 12 to 128 characters, not the username. */
public final class PasswordRules {

    private PasswordRules() {
    }

    public static void check(String password, String username) {
        if (password.length() < 12 || password.length() > SignIn.MAX_SECRET) {
            throw new InvalidInput("identity.refusal.passwordLength", "a password has 12 to 128 characters");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidInput("identity.refusal.passwordIsUsername", "the password must not be the username");
        }
    }
}
