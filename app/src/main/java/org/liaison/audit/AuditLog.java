package org.liaison.audit;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.liaison.audit.chain.AuditEntries;
import org.liaison.audit.chain.CheckpointSigner;
import org.liaison.audit.chain.SignedCheckpoints;
import org.liaison.audit.verifier.ChainVerifier;
import org.liaison.node.NodeKeys;
import org.liaison.shared.Actor;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and checking the audit trail: search, verification of the whole chain and on-demand signed
 * checkpoints. Administrators only. A second public class beside {@link AuditTrail} because its callers
 * differ: every module writes through {@code AuditTrail}, only the administration pages and operators read
 * through this one, and keeping the two apart keeps read access out of the writers' reach.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 100;

    private final AuditEntries entries;
    private final SignedCheckpoints checkpoints;
    private final CheckpointSigner signer;
    private final AuditTrail trail;
    private final DataSource dataSource;
    private final NodeKeys keys;

    AuditLog(AuditEntries entries, SignedCheckpoints checkpoints, CheckpointSigner signer, AuditTrail trail,
             DataSource dataSource, NodeKeys keys) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.trail = trail;
        this.dataSource = dataSource;
        this.keys = keys;
    }

    /** Entries matching every given filter, newest first; {@code page} counts from 0. */
    @PreAuthorize(Permissions.ADMIN)
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return entries.search(query, page, size);
    }

    /**
     * Recomputes the whole chain and checks the signed checkpoints against it. The verification itself is
     * recorded as {@link AuditAction#AUDIT_VERIFIED}: succeeded when intact, failed with the first problem.
     */
    @PreAuthorize(Permissions.ADMIN)
    public Verification verify() {
        var result = new ChainVerifier(dataSource, CheckpointKeys.ofNode(keys.all(), "this node's key set"))
                .verify();
        var problem = result.firstProblem();
        var details = problem == null
                ? "intact: " + result.entriesChecked() + " entries, " + result.checkpointsChecked() + " checkpoints"
                : problem.kind() + " at seq " + problem.seq() + ": " + problem.explanation();
        trail.recordFor(Actor.currentName(), Actor.current().map(Actor::agencyId).orElse(null),
                AuditAction.AUDIT_VERIFIED, "audit-chain", result.ok() ? Outcome.SUCCEEDED : Outcome.FAILED, details);
        return result;
    }

    /**
     * Signs the chain head now. The request is recorded as {@link AuditAction#AUDIT_CHECKPOINT_SIGNED} first,
     * and chained before the head is read, so the new checkpoint covers its own entry and the scheduled job
     * finds nothing new to sign afterwards.
     */
    @PreAuthorize(Permissions.ADMIN)
    public Checkpoint checkpointNow() {
        trail.recordFor(Actor.currentName(), Actor.current().map(Actor::agencyId).orElse(null),
                AuditAction.AUDIT_CHECKPOINT_SIGNED, "audit-chain", Outcome.SUCCEEDED, "checkpoint requested by an administrator");
        return signer.checkpointIfHeadMoved()
                .orElseThrow(() -> new Conflict("the chain head is already signed"));
    }

    /** One entry by its sequence number, e.g. the first bad one a verification named. */
    @PreAuthorize(Permissions.ADMIN)
    @Transactional(readOnly = true)
    public Optional<AuditEntry> entry(long seq) {
        return entries.bySeq(seq);
    }

    /** The newest signed checkpoints first. */
    @PreAuthorize(Permissions.ADMIN)
    @Transactional(readOnly = true)
    public List<Checkpoint> recentCheckpoints(int limit) {
        return checkpoints.recent(Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }
}
