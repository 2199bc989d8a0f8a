package org.liaison.border;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.border.passes.FederationTrust;
import org.liaison.border.passes.PassIssuing;
import org.liaison.border.passes.PassStore;
import org.liaison.border.passes.PassVerifier;
import org.liaison.border.passes.RevocationSharing;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.shared.Conflict;
import org.liaison.shared.FileKind;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * Border passes for residents of the border provinces (ADR 0016): a border officer takes the application, another
 * officer of the issuing node approves it — which signs the pass's QR token with the node's key — or refuses it;
 * an approved pass can be revoked, which re-signs the node's revocation list and sends it to the partners. Any
 * officer on either side verifies a pass offline against the keys and lists the verification page carries.
 */
@Service
@Validated
public class BorderPasses {

    private static final int MAX_PHOTO = 2 * 1024 * 1024;
    private static final char[] NUMBER = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PassStore store;
    private final PassIssuing issuing;
    private final FederationTrust trust;
    private final RevocationSharing sharing;
    private final BorderCrossings crossings;
    private final AuditTrail audit;
    private final ThisNode node;
    private final Clock clock;

    BorderPasses(PassStore store, PassIssuing issuing, FederationTrust trust, RevocationSharing sharing,
                 BorderCrossings crossings, AuditTrail audit, ThisNode node, Clock clock) {
        this.store = store;
        this.issuing = issuing;
        this.trust = trust;
        this.sharing = sharing;
        this.crossings = crossings;
        this.audit = audit;
        this.node = node;
        this.clock = clock;
    }

    /** Takes an application for the officer's agency; the photo (JPEG or PNG, optional) is hashed into the pass. */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Pass apply(@Valid PassApplication application, byte @Nullable [] photo) {
        var a = application;
        var today = LocalDate.now(clock.withZone(node.zone()));
        if (a.validUntil().isBefore(a.validFrom()) || a.validUntil().isAfter(a.validFrom().plusYears(1))
                || a.validUntil().isBefore(today)) {
            throw new InvalidPass("validity", "a pass is valid for at most a year, ending today or later");
        }
        if (a.dateOfBirth() != null && a.dateOfBirth().isAfter(today)) {
            throw new InvalidPass("bornInFuture", "the date of birth is in the future");
        }
        var own = Set.copyOf(crossings.checkpoints().stream().map(org.liaison.directory.Checkpoint::id).toList());
        if (!own.containsAll(a.checkpoints())) {
            throw new InvalidPass("checkpoint", "a pass names checkpoints on this country's borders only");
        }
        var kind = photo == null || photo.length == 0 ? null
                : FileKind.require("photo", photo, MAX_PHOTO, Set.of(FileKind.JPEG, FileKind.PNG));
        var pass = new Pass(UUID.randomUUID(), number(), ownAgency(), a.surname().strip().toUpperCase(java.util.Locale.ROOT),
                a.givenNames() == null ? "" : a.givenNames().strip().toUpperCase(java.util.Locale.ROOT),
                blankToNull(a.nameInScript()), a.dateOfBirth(), a.nationality(), a.residence().strip(),
                kind == null ? null : hash(photo), a.purposes().stream().distinct().toList(),
                a.checkpoints().stream().distinct().toList(), a.validFrom(), a.validUntil(), PassStatus.APPLIED,
                Reach.current().actor(), clock.instant(), null, null, null, null, null);
        store.insert(pass, kind == null ? null : photo, kind == null ? null : kind.mediaType());
        audit.record(AuditAction.PASS_APPLIED, "pass:" + pass.number(), "purposes=" + pass.purposes()
                + " checkpoints=" + pass.checkpoints() + " from=" + pass.validFrom() + " until=" + pass.validUntil());
        return pass;
    }

    /** Approves an application: signs the pass's QR token with this node's key. Not by the officer who took it. */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Pass approve(UUID id) {
        var pass = pass(id);
        var officer = Reach.current().actor();
        pass.requireDecidableBy(officer);
        var token = issuing.sign(pass);
        if (!store.decide(id, PassStatus.APPROVED, officer, clock.instant(), token)) {
            throw new Conflict("border.pass.invalid.decided", "pass " + pass.number() + " was already decided");
        }
        audit.record(AuditAction.PASS_APPROVED, "pass:" + pass.number(), "token_chars=" + token.length());
        return pass(id);
    }

    /** Refuses an application; it never gets a token. */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Pass refuse(UUID id) {
        var pass = pass(id);
        var officer = Reach.current().actor();
        pass.requireDecidableBy(officer);
        if (!store.decide(id, PassStatus.REFUSED, officer, clock.instant(), null)) {
            throw new Conflict("border.pass.invalid.decided", "pass " + pass.number() + " was already decided");
        }
        audit.record(AuditAction.PASS_REFUSED, "pass:" + pass.number(), "");
        return pass(id);
    }

    /**
     * Revokes an approved pass, re-signs this node's revocation list and sends it to every partner agency the
     * agreements allow; the audit entry names where it went and where it could not.
     */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Pass revoke(UUID id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidPass("reason", "a revocation needs a reason of at most 500 characters");
        }
        var pass = pass(id);
        pass.requireRevocable();
        if (!store.revoke(id, clock.instant(), reason.strip())) {
            throw new Conflict("border.pass.invalid.notApproved", "pass " + pass.number() + " is no longer approved");
        }
        var list = trust.signOwnList(store.revokedNumbers(LocalDate.now(clock.withZone(node.zone())).minusDays(1)));
        var sent = sharing.send(ownAgency(), list);
        audit.record(AuditAction.PASS_REVOKED, "pass:" + pass.number(), "reason=" + reason.strip().replaceAll("[\\r\\n]", " ")
                + " list_sent=" + sent);
        return pass(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public List<Pass> recent(int limit) {
        return store.recent(Reach.current(), Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Pass pass(UUID id) {
        return store.find(Reach.current(), id).orElseThrow(() -> new NotFound("pass", id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public PassStore.Photo photo(UUID id) {
        return store.photo(Reach.current(), id).orElseThrow(() -> new NotFound("pass photo", id));
    }

    /** What the verification page carries: the trusted keys, the signed revocation lists and the checkpoints. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public VerificationBundle bundle() {
        return new VerificationBundle(node.id(), clock.instant(), trust.keys(),
                trust.lists().stream().map(FederationTrust.SignedList::jws).toList(), crossings.checkpoints());
    }

    /** The server's own answer for a token, with the same rules and order as the verification page's script. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public PassVerifier.Verification verify(String token, long checkpoint, @Nullable Purpose purpose) {
        if (token == null || token.length() > 4096) {
            throw new InvalidInput("a pass token is at most 4096 characters");
        }
        return trust.verifier().verify(token, checkpoint, purpose, LocalDate.now(clock.withZone(node.zone())));
    }

    private String number() {
        var chars = new char[8];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = NUMBER[RANDOM.nextInt(NUMBER.length)];
        }
        return node.country() + "-P-" + new String(chars);
    }

    static String hash(byte[] photo) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(photo);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String ownAgency() {
        return Reach.current().agency().orElseThrow(() ->
                new InvalidInput("passes are issued by an agency; sign in as one of its border officers")).value();
    }
}
