package org.liaison.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.liaison.identity.accounts.PasswordRules;
import org.liaison.identity.accounts.RecoveryCodes;
import org.liaison.identity.signin.SignIn;
import org.liaison.shared.Actor;
import org.liaison.shared.Conflict;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.liaison.node.ThisNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public facade of the identity module: an administrator manages the officers of every agency their {@link Reach}
 * covers in this node's country (docs/architecture.md, "Who manages whom"); every officer manages their own
 * password and time zone. Each change is audited in its transaction.
 */
@Service
public class OfficerAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Officers officers;
    private final RecoveryCodes recoveryCodes;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final ThisNode node;

    OfficerAccounts(Officers officers, RecoveryCodes recoveryCodes, PasswordEncoder passwords, AuditTrail audit,
                    Clock clock, ThisNode node) {
        this.officers = officers;
        this.recoveryCodes = recoveryCodes;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.node = node;
    }

    /** A new officer account and the one-time password to hand over (shown once, never stored in clear). */
    public record Created(Officer officer, String initialPassword) {
    }

    /**
     * The officer whose session this is, from the first sign-in step on, for the page shell to name (and offer a
     * way out); empty for anyone else. What they may do is {@link Reach}'s answer, not this one's.
     */
    public Optional<OfficerPrincipal> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OfficerPrincipal officer ? Optional.of(officer) : Optional.empty();
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional(readOnly = true)
    public List<Officer> inMyReach() {
        var reach = Reach.current();
        return ofThisCountry(reach) ? officers.findWhere(reach.where("agency_id"), node.country()) : List.of();
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional(readOnly = true)
    public Officer get(OfficerId id) {
        return managed(id);
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional
    public Created create(NewOfficer request) {
        if (officers.existsByUsername(request.username())) {
            throw new Conflict("identity.refusal.usernameTaken", "the username " + request.username() + " is taken",
                    request.username());
        }
        var password = generatedPassword();
        var officer = Officer.create(request.username(), request.displayName(), request.displayNameLatin(),
                me().agencyId(), request.roles(), passwords.encode(password), clock.instant());
        officers.insert(officer);
        audit.record(AuditAction.USER_CREATED, subject(officer), "roles=" + request.roles());
        return new Created(officer, password);
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional
    public void update(OfficerId id, String displayName, @Nullable String displayNameLatin, Set<Role> roles) {
        var officer = managed(id);
        if (roles.isEmpty()) {
            throw new InvalidInput("identity.refusal.noRole", "an officer needs at least one role");
        }
        if (officer.username().equals(me().username()) && !roles.contains(Role.ADMIN)) {
            throw new Conflict("identity.refusal.ownAdminRole", "you cannot remove your own administrator role");
        }
        officer.update(NewOfficer.clean(displayName, 200, "display name"), NewOfficer.optional(displayNameLatin), roles);
        officers.update(officer);
        audit.record(AuditAction.USER_UPDATED, subject(officer), "roles=" + roles);
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional
    public void setEnabled(OfficerId id, boolean enabled) {
        var officer = managed(id);
        if (!enabled && officer.username().equals(me().username())) {
            throw new Conflict("identity.refusal.ownAccount", "you cannot disable your own account");
        }
        officer.setEnabled(enabled);
        officers.update(officer);
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, subject(officer), "");
    }

    /** Forgets the officer's authenticator and recovery codes; they enrol again at their next login. */
    @PreAuthorize(Permissions.ADMIN)
    @Transactional
    public void resetMfa(OfficerId id) {
        var officer = managed(id);
        officer.resetMfa();
        officers.update(officer);
        recoveryCodes.clear(officer.id());
        audit.record(AuditAction.USER_MFA_RESET, subject(officer), "");
    }

    /** The signed-in officer changes their own password, proving the current one. */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional
    public void changeMyPassword(String current, String next) {
        var officer = officers.findByUsername(me().username()).orElseThrow(() -> new NotFound("officer", me().username()));
        if (current.length() > SignIn.MAX_SECRET || !passwords.matches(current, officer.passwordHash())) {
            throw new InvalidInput("identity.refusal.currentPassword", "the current password is not right");
        }
        PasswordRules.check(next, officer.username());
        officer.changePassword(passwords.encode(next), clock.instant());
        officers.update(officer);
        audit.record(AuditAction.PASSWORD_CHANGED, subject(officer), "");
    }

    /**
     * The signed-in officer chooses the zone their times show in (null: the node's). Answers who they are now,
     * for the session to keep.
     */
    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional
    public OfficerPrincipal chooseMyZone(@Nullable ZoneId zone) {
        var officer = officers.findByUsername(me().username()).orElseThrow(() -> new NotFound("officer", me().username()));
        officer.chooseZone(zone);
        officers.update(officer);
        audit.record(AuditAction.TIME_ZONE_CHOSEN, subject(officer), zone == null ? "node" : zone.getId());
        return ((OfficerPrincipal) me()).withZone(zone);
    }

    @PreAuthorize(Permissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public long myRemainingRecoveryCodes() {
        return recoveryCodes.remaining(((OfficerPrincipal) me()).id());
    }

    /** An officer the caller manages; one outside their reach is answered as one that does not exist. */
    private Officer managed(OfficerId id) {
        var officer = officers.findById(id).orElseThrow(() -> new NotFound("officer", id));
        var agency = AgencyId.of(officer.agencyId());
        var reach = Reach.current();
        if (!ofThisCountry(reach) || !agency.country().equals(node.country()) || !reach.covers(agency)) {
            throw new NotFound("officer", id);
        }
        return officer;
    }

    /** An administrator of another country's agency, should one have an account here, manages no one here. */
    private boolean ofThisCountry(Reach reach) {
        return reach.agency().map(own -> own.country().equals(node.country())).orElse(true);
    }

    private static Actor me() {
        return Actor.current().orElseThrow(() -> new Forbidden("no officer is signed in"));
    }

    private static String subject(Officer officer) {
        return "officer:" + officer.username();
    }

    private static String generatedPassword() {
        var alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
        var out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(alphabet[RANDOM.nextInt(alphabet.length)]);
        }
        return out.toString();
    }
}
