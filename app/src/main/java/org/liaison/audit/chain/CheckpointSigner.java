package org.liaison.audit.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.audit.Checkpoint;
import org.liaison.node.CompactJws;
import org.liaison.node.NodeKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the chain head every {@code liaison.audit.checkpoint-interval} (default ten seconds), as soon as
 * {@code liaison.audit.checkpoint-entries} entries (default 1,000) were chained since the last checkpoint, and
 * when the node shuts down gracefully, but only if the head moved, so an idle node writes nothing. Both bounds
 * keep the tail that no checkpoint covers — and no partner has witnessed — short (ADR 0004, amendment of
 * 2026-12-04). Checkpoints are signed with the node's keys from the database, so every instance signs with a
 * key the node publishes.
 *
 * <p>Scheduled checkpoints are not written into the chain as entries: an entry would move the head, so every
 * run would find something new to sign, and the checkpoint could never cover itself. The checkpoint table is
 * append-only and signed, which makes it its own record. ShedLock keeps the job to one instance at a time;
 * the advisory lock in {@link #checkpointIfHeadMoved()} keeps "only if moved" true across the job, shutdown
 * and administrators on any instance.
 */
@Component
public class CheckpointSigner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final SignedCheckpoints checkpoints;
    private final NodeKeys keys;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final long everyEntries;
    private final AtomicLong lastSignedSeq = new AtomicLong(-1);
    private final AtomicBoolean signing = new AtomicBoolean();
    private final Executor background;
    private volatile boolean closed;

    CheckpointSigner(SignedCheckpoints checkpoints, NodeKeys keys, Clock clock, PlatformTransactionManager transactions,
                     @Value("${liaison.audit.checkpoint-entries:1000}") long everyEntries) {
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.everyEntries = everyEntries;
        this.background = Executors.newVirtualThreadPerTaskExecutor();
    }

    /**
     * Told by the sequencer where the head is after each append: signs in the background once enough entries
     * went unsigned, one signing at a time (further calls meanwhile find it busy and return).
     */
    void headMovedTo(long seq) {
        long signed = lastSignedSeq.get();
        if (!closed && (signed < 0 || seq - signed >= everyEntries) && signing.compareAndSet(false, true)) {
            // Never on the caller's thread: it may hold a pooled connection the signing would wait for.
            background.execute(() -> signIfBehind(seq));
        }
    }

    /** The shutdown signs the final checkpoint itself; nothing starts in the background from now on. */
    @Override
    public void destroy() {
        closed = true;
    }

    private void signIfBehind(long seq) {
        try {
            lastSignedSeq.compareAndSet(-1, checkpoints.latest().map(Checkpoint::seq).orElse(0L));
            if (seq - lastSignedSeq.get() >= everyEntries) {
                checkpointIfHeadMoved();
            }
        } catch (RuntimeException e) {
            log.warn("could not sign an audit checkpoint now: {}", e.getMessage());
        } finally {
            signing.set(false);
        }
    }

    @Scheduled(fixedDelayString = "${liaison.audit.checkpoint-interval:PT10S}",
            initialDelayString = "${liaison.audit.checkpoint-interval:PT10S}")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT5M",
            lockAtLeastFor = "#{T(org.liaison.audit.SchedulerLocks).atLeast('${liaison.audit.checkpoint-interval:PT10S}', 'PT5M')}")
    public void onSchedule() { // public so that ShedLock's proxy surely intercepts it; the class stays internal
        checkpointIfHeadMoved().ifPresent(c -> log.debug("signed audit checkpoint at seq {}", c.seq()));
    }

    /**
     * Signs and stores the head if no checkpoint covers it yet; empty if there was nothing new. Joins the
     * caller's transaction if there is one, so an administrator's audited request checkpoints its own entry.
     */
    public Optional<Checkpoint> checkpointIfHeadMoved() {
        var signed = java.util.Objects.requireNonNull(transaction.execute(status -> signHeadIfMoved()));
        signed.ifPresent(c -> lastSignedSeq.accumulateAndGet(c.seq(), Math::max));
        return signed;
    }

    private Optional<Checkpoint> signHeadIfMoved() {
        checkpoints.lock();
        var head = checkpoints.head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var latest = checkpoints.latest();
        if (latest.isPresent() && latest.get().seq() == head.get().seq()) {
            return Optional.empty();
        }
        var signedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var bytes = CheckpointStatement.bytes(head.get().seq(), head.get().hash(), signedAt);
        var key = keys.active();
        var signature = CompactJws.sign(bytes, CheckpointStatement.TYPE, key);
        return Optional.of(checkpoints.add(head.get(), signedAt, key.kid(), signature));
    }
}
