package org.liaison.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.node.NodeSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the chain head every {@code liaison.audit.checkpoint-interval} (default one minute) and when the node
 * shuts down gracefully, but only if the head moved since the last checkpoint, so an idle node writes nothing.
 *
 * <p>Scheduled checkpoints are not written into the chain as entries: an entry would move the head, so every
 * run would find something new to sign, and the checkpoint could never cover itself. The checkpoint table is
 * append-only and signed, which makes it its own record. ShedLock keeps the job to one instance at a time;
 * the advisory lock in {@link #checkpointIfHeadMoved()} keeps "only if moved" true across the job, shutdown
 * and administrators on any instance.
 */
@Component
class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final SignedCheckpoints checkpoints;
    private final NodeSigner signer;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CheckpointSigner(SignedCheckpoints checkpoints, NodeSigner signer, Clock clock, PlatformTransactionManager transactions) {
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${liaison.audit.checkpoint-interval:PT1M}",
            initialDelayString = "${liaison.audit.checkpoint-interval:PT1M}")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT5M")
    public void onSchedule() { // public so that ShedLock's proxy surely intercepts it; the class stays internal
        checkpointIfHeadMoved().ifPresent(c -> log.debug("signed audit checkpoint at seq {}", c.seq()));
    }

    /**
     * Signs and stores the head if no checkpoint covers it yet; empty if there was nothing new. Joins the
     * caller's transaction if there is one, so an administrator's audited request checkpoints its own entry.
     */
    Optional<Checkpoint> checkpointIfHeadMoved() {
        return transaction.execute(status -> signHeadIfMoved());
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
        var signature = signer.sign(bytes, CheckpointStatement.TYPE);
        return Optional.of(checkpoints.add(head.get(), signedAt, signer.keyId(), signature));
    }
}
