package org.liaison.identity.signin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.identity.OfficerId;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.liaison.identity.accounts.RecoveryCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in (a TOTP code, or failing that an unused recovery code) and first-time
 * enrolment of an authenticator. Throttled like the password step, by the same counts: a wrong code makes
 * the next attempt of that account and address wait, and an attempt inside the wait is refused unchecked.
 */
@Service
public class SecondFactor {

    private static final int MAX_CODE = 32;

    /** Signed in; refused (wrong, replayed or throttled: one answer); or the login is over (account disabled or reset). */
    public enum Result { OK, REFUSED, ENDED }

    private final Officers officers;
    private final Attempts attempts;
    private final DenialTally denials;
    private final RecoveryCodes recoveryCodes;
    private final SecretBox secrets;
    private final AuditTrail audit;
    private final Clock clock;

    SecondFactor(Officers officers, Attempts attempts, DenialTally denials, RecoveryCodes recoveryCodes,
                 SecretBox secrets, AuditTrail audit, Clock clock) {
        this.officers = officers;
        this.attempts = attempts;
        this.denials = denials;
        this.recoveryCodes = recoveryCodes;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = Exception.class)
    public Result check(OfficerId id, String code, String address) {
        var now = clock.instant();
        var officer = officers.findByIdForUpdate(id).orElseThrow();
        var secret = officer.totpSecret();
        if (!officer.enabled() || secret == null) {
            return Result.ENDED;
        }
        if (heldBack(officer, address)) {
            return Result.REFUSED;
        }
        var input = code.length() > MAX_CODE ? "" : code;
        var step = Totp.matchingStep(secrets.open(secret), input, now);
        if (step.isPresent() && officer.acceptStep(step.getAsLong())) {
            return succeed(officer, address, "TOTP code accepted");
        }
        if (step.isEmpty() && !input.isBlank() && recoveryCodes.redeem(officer.id(), input, now)) {
            audit.recordFor(officer.username(), officer.agencyId(), AuditAction.RECOVERY_CODE_USED, subject(officer),
                    Outcome.SUCCEEDED, recoveryCodes.remaining(officer.id()) + " recovery codes left");
            return succeed(officer, address, "recovery code accepted");
        }
        fail(officer, address, step.isPresent() ? "code already used" : "wrong code");
        return Result.REFUSED;
    }

    /** First-time enrolment: the code proves the officer's app holds the secret shown to them. */
    @Transactional(noRollbackFor = Exception.class)
    public Optional<List<String>> enrol(OfficerId id, String secret, String code, String address) {
        var now = clock.instant();
        var officer = officers.findByIdForUpdate(id).orElseThrow();
        if (heldBack(officer, address)) {
            return Optional.empty();
        }
        var step = Totp.matchingStep(secret, code.length() > MAX_CODE ? "" : code, now);
        if (officer.mfaEnrolled() || step.isEmpty()) {
            fail(officer, address, officer.mfaEnrolled() ? "already enrolled" : "wrong enrolment code");
            return Optional.empty();
        }
        officer.enrolMfa(secrets.seal(secret), step.getAsLong(), now);
        attempts.succeeded(officer);
        var codes = recoveryCodes.regenerate(officer.id());
        audit.recordFor(officer.username(), officer.agencyId(), AuditAction.MFA_ENROLLED, subject(officer),
                Outcome.SUCCEEDED, "authenticator enrolled; " + codes.size() + " recovery codes issued; from " + address);
        return Optional.of(codes);
    }

    public Officer officer(OfficerId id) {
        return officers.findById(id).orElseThrow();
    }

    /** An attempt inside a wait is counted for the audit, not checked, and not counted as a failure. */
    private boolean heldBack(Officer officer, String address) {
        var why = attempts.heldBack(officer, address, clock.instant());
        if (why != null) {
            denials.count(new DenialTally.Denial(officer.username(), officer.agencyId(), AuditAction.MFA_FAILED,
                    address, why), subject(officer));
        }
        return why != null;
    }

    private Result succeed(Officer officer, String address, String how) {
        attempts.succeeded(officer);
        audit.recordFor(officer.username(), officer.agencyId(), AuditAction.MFA_SUCCEEDED, subject(officer),
                Outcome.SUCCEEDED, how + "; from " + address);
        return Result.OK;
    }

    private void fail(Officer officer, String address, String why) {
        attempts.failed(officer, address, clock.instant());
        audit.recordFor(officer.username(), officer.agencyId(), AuditAction.MFA_FAILED, subject(officer),
                Outcome.FAILED, why + " (failure " + officer.failedAttempts() + "); from " + address);
    }

    private static String subject(Officer officer) {
        return "officer:" + officer.username();
    }
}
