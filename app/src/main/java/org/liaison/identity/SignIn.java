package org.liaison.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two steps of signing in, each in one transaction with the officer's row locked, so failure counting
 * and lockout hold with concurrent attempts and several node instances. Every attempt is audited.
 */
@Service
class SignIn {

    static final int MAX_USERNAME = 64;
    static final int MAX_SECRET = 128;

    private final Officers officers;
    private final RecoveryCodes recoveryCodes;
    private final PasswordEncoder passwords;
    private final SecretBox secrets;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lockFor;
    private final String dummyHash;

    SignIn(Officers officers, RecoveryCodes recoveryCodes, PasswordEncoder passwords, SecretBox secrets,
           AuditTrail audit, Clock clock, @Value("${liaison.identity.lock-duration:PT15M}") Duration lockFor) {
        this.officers = officers;
        this.recoveryCodes = recoveryCodes;
        this.passwords = passwords;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
        this.lockFor = lockFor;
        this.dummyHash = passwords.encode("timing-equaliser-for-unknown-users");
    }

    enum Result { OK, WRONG, LOCKED, DISABLED }

    record PasswordCheck(Result result, Optional<Officer> officer) {
    }

    @Transactional(noRollbackFor = Exception.class)
    PasswordCheck checkPassword(String username, String password) {
        var now = clock.instant();
        var found = username.length() <= MAX_USERNAME ? officers.findByUsernameForUpdate(username) : Optional.<Officer>empty();
        if (found.isEmpty() || password.length() > MAX_SECRET) {
            passwords.matches("x", dummyHash);
            audit.recordFor(clip(username), null, AuditAction.LOGIN_FAILED, "officer:" + clip(username), Outcome.FAILED,
                    found.isEmpty() ? "unknown username" : "password too long");
            return new PasswordCheck(Result.WRONG, Optional.empty());
        }
        var officer = found.get();
        if (!officer.enabled()) {
            return reject(officer, Result.DISABLED, "account disabled");
        }
        if (officer.isLocked(now)) {
            return reject(officer, Result.LOCKED, "account locked until " + officer.lockedUntil());
        }
        if (!passwords.matches(password, officer.passwordHash())) {
            return fail(officer, now, AuditAction.LOGIN_FAILED, "wrong password");
        }
        audit.recordFor(officer.username(), officer.agencyId(), AuditAction.LOGIN_SUCCEEDED, subject(officer),
                Outcome.SUCCEEDED, "password accepted; second factor pending");
        return new PasswordCheck(Result.OK, Optional.of(officer));
    }

    /** Second factor: a TOTP code, or failing that one of the officer's unused recovery codes. */
    @Transactional(noRollbackFor = Exception.class)
    Result checkSecondFactor(OfficerId id, String code) {
        var now = clock.instant();
        var officer = officers.findByIdForUpdate(id).orElseThrow();
        if (!officer.enabled()) {
            return Result.DISABLED;
        }
        if (officer.isLocked(now) || officer.totpSecret() == null) {
            return Result.LOCKED;
        }
        var input = code.length() > 32 ? "" : code;
        var step = Totp.matchingStep(secrets.open(officer.totpSecret()), input, now);
        if (step.isPresent() && officer.acceptStep(step.getAsLong())) {
            return succeed(officer, "TOTP code accepted");
        }
        if (step.isEmpty() && !input.isBlank() && recoveryCodes.redeem(officer.id(), input, now)) {
            audit.recordFor(officer.username(), officer.agencyId(), AuditAction.RECOVERY_CODE_USED, subject(officer),
                    Outcome.SUCCEEDED, recoveryCodes.remaining(officer.id()) + " recovery codes left");
            return succeed(officer, "recovery code accepted");
        }
        var result = fail(officer, now, AuditAction.MFA_FAILED, step.isPresent() ? "code already used" : "wrong code");
        return result.result();
    }

    /** First-time enrolment: the code proves the officer's app holds the secret shown to them. */
    @Transactional(noRollbackFor = Exception.class)
    Optional<List<String>> enrol(OfficerId id, String secret, String code) {
        var now = clock.instant();
        var officer = officers.findByIdForUpdate(id).orElseThrow();
        var step = Totp.matchingStep(secret, code.length() > 32 ? "" : code, now);
        if (officer.mfaEnrolled() || step.isEmpty()) {
            fail(officer, now, AuditAction.MFA_FAILED, officer.mfaEnrolled() ? "already enrolled" : "wrong enrolment code");
            return Optional.empty();
        }
        officer.enrolMfa(secrets.seal(secret), step.getAsLong(), now);
        officer.registerSuccess();
        officers.update(officer);
        var codes = recoveryCodes.regenerate(officer.id());
        audit.recordFor(officer.username(), officer.agencyId(), AuditAction.MFA_ENROLLED, subject(officer),
                Outcome.SUCCEEDED, "authenticator enrolled; " + codes.size() + " recovery codes issued");
        return Optional.of(codes);
    }

    Officer officer(OfficerId id) {
        return officers.findById(id).orElseThrow();
    }

    private Result succeed(Officer officer, String how) {
        officer.registerSuccess();
        officers.update(officer);
        audit.recordFor(officer.username(), officer.agencyId(), AuditAction.MFA_SUCCEEDED, subject(officer),
                Outcome.SUCCEEDED, how);
        return Result.OK;
    }

    private PasswordCheck fail(Officer officer, Instant now, AuditAction action, String why) {
        var locked = officer.registerFailure(now, lockFor);
        officers.update(officer);
        audit.recordFor(officer.username(), officer.agencyId(), action, subject(officer), Outcome.FAILED, why);
        if (locked) {
            audit.recordFor(officer.username(), officer.agencyId(), AuditAction.ACCOUNT_LOCKED, subject(officer),
                    Outcome.DENIED, "locked for " + lockFor + " after " + Officer.MAX_FAILED_ATTEMPTS + " failures");
            return new PasswordCheck(Result.LOCKED, Optional.of(officer));
        }
        return new PasswordCheck(Result.WRONG, Optional.of(officer));
    }

    private PasswordCheck reject(Officer officer, Result result, String why) {
        audit.recordFor(officer.username(), officer.agencyId(), AuditAction.LOGIN_FAILED, subject(officer),
                Outcome.DENIED, why);
        return new PasswordCheck(result, Optional.of(officer));
    }

    private static String subject(Officer officer) {
        return "officer:" + officer.username();
    }

    private static String clip(String text) {
        var printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_USERNAME ? printable.substring(0, MAX_USERNAME) + "…" : printable;
    }
}
