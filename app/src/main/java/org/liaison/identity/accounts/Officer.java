package org.liaison.identity.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.OfficerId;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Role;
import org.liaison.identity.signin.Throttle;

/**
 * An officer's account: the aggregate that guards sign-in throttling and MFA state. Persisted by {@link Officers}.
 */
public class Officer {

    private final OfficerId id;
    private final String username;
    private String displayName;
    private @Nullable String displayNameLatin;
    private final String agencyId;
    private Set<Role> roles;
    private String passwordHash;
    private @Nullable String totpSecret;
    private long totpLastStep;
    private @Nullable Instant mfaEnrolledAt;
    private int failedAttempts;
    private @Nullable Instant throttledUntil;
    private boolean enabled;
    private final Instant createdAt;
    private Instant passwordChangedAt;
    private @Nullable ZoneId zone;

    Officer(OfficerId id, String username, String displayName, @Nullable String displayNameLatin, String agencyId,
            Set<Role> roles, String passwordHash, @Nullable String totpSecret, long totpLastStep,
            @Nullable Instant mfaEnrolledAt, int failedAttempts, @Nullable Instant throttledUntil, boolean enabled,
            Instant createdAt, Instant passwordChangedAt, @Nullable ZoneId zone) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.displayNameLatin = displayNameLatin;
        this.agencyId = agencyId;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.totpSecret = totpSecret;
        this.totpLastStep = totpLastStep;
        this.mfaEnrolledAt = mfaEnrolledAt;
        this.failedAttempts = failedAttempts;
        this.throttledUntil = throttledUntil;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.passwordChangedAt = passwordChangedAt;
        this.zone = zone;
    }

    public static Officer create(String username, String displayName, @Nullable String displayNameLatin, String agencyId,
                          Set<Role> roles, String passwordHash, Instant now) {
        return new Officer(OfficerId.random(), username, displayName, displayNameLatin, agencyId, roles,
                passwordHash, null, 0, null, 0, null, true, now, now, null);
    }

    /** Whether an attempt now comes too soon after the last failures to be checked at all. */
    public boolean isThrottled(Instant now) {
        return throttledUntil != null && throttledUntil.isAfter(now);
    }

    /** Counts a failed password or code; the next attempt waits as long as the throttle says. */
    public void registerFailure(Instant now, Throttle throttle) {
        failedAttempts++;
        throttledUntil = throttle.until(failedAttempts, now);
    }

    /** A completed sign-in ends the run of failures (a correct password alone does not: the code may be guessed). */
    public void registerSuccess() {
        failedAttempts = 0;
        throttledUntil = null;
    }

    public void enrolMfa(String encryptedSecret, long currentStep, Instant now) {
        totpSecret = encryptedSecret;
        totpLastStep = currentStep;
        mfaEnrolledAt = now;
    }

    public void resetMfa() {
        totpSecret = null;
        totpLastStep = 0;
        mfaEnrolledAt = null;
    }

    /** Accepts a TOTP time step only once, so an observed code cannot be replayed. */
    public boolean acceptStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    public void update(String displayName, @Nullable String displayNameLatin, Set<Role> roles) {
        this.displayName = displayName;
        this.displayNameLatin = displayNameLatin;
        this.roles = EnumSet.copyOf(roles);
    }

    /** Null: the node's zone. */
    public void chooseZone(@Nullable ZoneId chosen) {
        this.zone = chosen;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public OfficerId id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public @Nullable String displayNameLatin() { return displayNameLatin; }
    public String agencyId() { return agencyId; }
    public Set<Role> roles() { return EnumSet.copyOf(roles); }
    public String passwordHash() { return passwordHash; }
    public @Nullable String totpSecret() { return totpSecret; }
    long totpLastStep() { return totpLastStep; }
    public @Nullable Instant mfaEnrolledAt() { return mfaEnrolledAt; }
    public boolean mfaEnrolled() { return totpSecret != null; }
    public int failedAttempts() { return failedAttempts; }
    public @Nullable Instant throttledUntil() { return throttledUntil; }
    public boolean enabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
    public Instant passwordChangedAt() { return passwordChangedAt; }
    public @Nullable ZoneId zone() { return zone; }

    /** The officer as the session keeps them once signed in: no secrets. */
    public OfficerPrincipal principal() {
        return new OfficerPrincipal(id, username, displayName, agencyId, Set.copyOf(roles), zone);
    }
}
