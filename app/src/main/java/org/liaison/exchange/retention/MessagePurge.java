package org.liaison.exchange.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessagesPurged;
import org.liaison.exchange.store.Attachments;
import org.liaison.shared.NodeTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the payload of every message past its retention and not on legal hold (ADR 0011), on one instance
 * at a time (ShedLock), batch by batch: each batch claims its rows with {@code SKIP LOCKED} (an officer's hold
 * or a requeue in progress is skipped, not waited for), erases envelope, subject and attachments, writes one
 * audit entry naming every message of the batch and announces {@link MessagesPurged} to the modules that keep
 * what those messages brought, all in one short transaction. Queued messages wait until delivered or given up.
 */
@Component
public class MessagePurge {

    /** The ids of one batch (36 characters and a space each) fit the details of its audit entry. */
    static final int BATCH = 100;
    /** A run stops in time to release its lock; a larger backlog continues on the next run. */
    private static final Duration RUN_BUDGET = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MessagePurge(JdbcClient jdbc, Attachments attachments, AuditTrail audit, ApplicationEventPublisher events,
                 TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${liaison.exchange.purge-interval:PT5M}",
            initialDelayString = "${liaison.exchange.purge-initial-delay:PT1M}")
    @SchedulerLock(name = "exchange-retention-purge", lockAtMostFor = "PT10M")
    public void onSchedule() { // public so that ShedLock's proxy surely intercepts it
        purgeDue();
    }

    /** Purges what is due now, batch after batch, within the run's budget; returns how many messages. */
    public int purgeDue() {
        var deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        var purged = 0;
        int last;
        do {
            last = NodeTask.call("retention-purge", this::purgeBatch);
            purged += last;
        } while (last == BATCH && System.nanoTime() < deadline);
        return purged;
    }

    private int purgeBatch() {
        return java.util.Objects.requireNonNull(transaction.execute(status -> {
            var now = Instant.now(clock);
            var due = claim(now);
            if (due.isEmpty()) {
                return 0;
            }
            var ids = due.stream().map(MessageId::value).toArray(UUID[]::new);
            jdbc.sql("update exchange_message set envelope = null, subject = '', purged_at = ? where id = any(?)")
                    .params(Timestamp.from(now), ids).update();
            attachments.erase(due);
            var batch = UUID.randomUUID();
            audit.record(AuditAction.MESSAGES_PURGED, "purge:" + batch, due.size() + " past their retention: "
                    + due.stream().map(MessageId::toString).collect(Collectors.joining(" ")));
            events.publishEvent(new MessagesPurged(batch, due, now));
            return due.size();
        }));
    }

    /** Locks up to a batch of due rows, oldest date first, skipping rows another transaction holds. */
    private List<MessageId> claim(Instant now) {
        return jdbc.sql("""
                select id from exchange_message
                where purged_at is null and held_at is null and purge_after is not null and purge_after <= ?
                  and status <> 'QUEUED'
                order by purge_after limit ? for update skip locked""")
                .params(Timestamp.from(now), BATCH)
                .query((rs, n) -> new MessageId(rs.getObject(1, UUID.class))).list();
    }
}
