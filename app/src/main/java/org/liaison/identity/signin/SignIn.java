package org.liaison.identity.signin;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first step of signing in, in one transaction with the officer's row locked, so that failure counting
 * holds with concurrent attempts and several node instances. Unknown usernames, wrong passwords, disabled
 * accounts and throttled attempts get the same answer after the same work (one Argon2 verification each), so
 * neither the answer nor its timing tells whether an account exists. Every attempt is audited; the audit
 * says what the answer does not.
 */
@Service
public class SignIn {

    static final int MAX_USERNAME = 64;
    public static final int MAX_SECRET = 128;

    private final Officers officers;
    private final Attempts attempts;
    private final DenialTally denials;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final String dummyHash;

    SignIn(Officers officers, Attempts attempts, DenialTally denials, PasswordEncoder passwords, AuditTrail audit,
           Clock clock) {
        this.officers = officers;
        this.attempts = attempts;
        this.denials = denials;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = passwords.encode("timing-equaliser-for-refused-attempts");
    }

    /** The officer whose password this is, or empty, whatever the reason; {@code address} is the client's. */
    @Transactional(noRollbackFor = Exception.class)
    Optional<Officer> checkPassword(String username, String password, String address) {
        var now = clock.instant();
        var officer = username.length() <= MAX_USERNAME ? officers.findByUsernameForUpdate(username).orElse(null) : null;
        var heldBack = attempts.heldBack(officer, address, now);
        if (heldBack != null) {
            passwords.matches("x", dummyHash);
            denials.count(new DenialTally.Denial(DenialTally.ANONYMOUS, null, AuditAction.LOGIN_FAILED, address,
                    heldBack), clip(username));
            return Optional.empty();
        }
        if (officer != null && officer.enabled() && password.length() <= MAX_SECRET) {
            if (passwords.matches(password, officer.passwordHash())) {
                audit.recordFor(officer.username(), officer.agencyId(), AuditAction.LOGIN_SUCCEEDED, subject(username),
                        Outcome.SUCCEEDED, "password accepted; second factor pending; from " + address);
                return Optional.of(officer);
            }
            attempts.failed(officer, address, now);
            return refused(username, address, Outcome.FAILED, "wrong password (failure " + officer.failedAttempts() + ")");
        }
        passwords.matches("x", dummyHash);
        attempts.failed(null, address, now);
        return refused(username, address, officer == null ? Outcome.FAILED : Outcome.DENIED, reason(officer));
    }

    private Optional<Officer> refused(String username, String address, Outcome outcome, String reason) {
        audit.recordFor(DenialTally.ANONYMOUS, null, AuditAction.LOGIN_FAILED, subject(clip(username)), outcome,
                reason + "; username tried: " + clip(username) + "; from " + address);
        return Optional.empty();
    }

    private static String reason(@Nullable Officer officer) {
        if (officer == null) {
            return "unknown username";
        }
        return officer.enabled() ? "password too long" : "account disabled";
    }

    private static String subject(String username) {
        return "officer:" + username;
    }

    /** At most the longest username, with control characters made visible. */
    static String clip(String text) {
        var printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_USERNAME ? printable.substring(0, MAX_USERNAME) + "…" : printable;
    }
}
