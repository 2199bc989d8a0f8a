package org.liaison.identity.signin;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.liaison.identity.Role;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates officers for tests directly in the database, with a known password and authenticator secret. */
@Component
class OfficerMother {

    static final String PASSWORD = "correct horse battery";

    private final Officers officers;
    private final PasswordEncoder passwords;
    private final SecretBox secrets;

    OfficerMother(Officers officers, PasswordEncoder passwords, SecretBox secrets) {
        this.officers = officers;
        this.passwords = passwords;
        this.secrets = secrets;
    }

    record Made(Officer officer, String secret) {
        String username() {
            return officer.username();
        }
    }

    Made enrolled(String agency, Role... roles) {
        var secret = Totp.newSecret();
        var officer = Officer.create("t" + UUID.randomUUID().toString().substring(0, 12), "Test Officer", null, agency,
                Set.of(roles), passwords.encode(PASSWORD), Instant.now());
        officer.enrolMfa(secrets.seal(secret), 0, Instant.now());
        officers.insert(officer);
        return new Made(officer, secret);
    }

    Made notEnrolled(String agency, Role... roles) {
        var officer = Officer.create("t" + UUID.randomUUID().toString().substring(0, 12), "New Officer", null, agency,
                Set.of(roles), passwords.encode(PASSWORD), Instant.now());
        officers.insert(officer);
        return new Made(officer, "");
    }
}
