package org.liaison.exchange.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.ReplyDeadlineNear;
import org.liaison.exchange.settings.ExchangeSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds (inbox) and escalates (outbox) once per request whose reply-by falls within
 * {@code liaison.exchange.reminder-before} without an answer: an audit entry and a {@link ReplyDeadlineNear}
 * event that other modules (notifications, dashboards) listen to. One instance at a time (ShedLock).
 */
@Component
public class DeadlineReminders {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExchangeSettings settings;
    private final TransactionTemplate transaction;

    DeadlineReminders(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock, ExchangeSettings settings,
                      TransactionTemplate transaction) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${liaison.exchange.reminder-interval:PT5M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "exchange-deadline-reminders", lockAtMostFor = "PT10M")
    public void onSchedule() { // public so that ShedLock's proxy surely intercepts it
        // A call to this.remind() would bypass its @Transactional proxy: the update would commit on its own and
        // the audit entry (which needs the transaction) fail, losing the reminders. Hence the explicit one.
        transaction.executeWithoutResult(status -> remind());
    }

    /** Marks and announces every unanswered request due within the reminder window; returns how many. */
    @Transactional
    public int remind() {
        var now = Instant.now(clock);
        var due = jdbc.sql("""
                update exchange_message set reminded_at = ?
                where kind = 'REQUEST' and answered_at is null and reminded_at is null and reply_by <= ?
                  and status in ('RECEIVED', 'READ', 'DELIVERED', 'QUEUED')
                returning id, sender_agency, recipient_agency, reply_by""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(settings.reminderBefore())))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        for (var request : due) {
            var overdue = now.isAfter(request.replyBy());
            audit.record(AuditAction.REPLY_DEADLINE_NEAR, "message:" + request.id(),
                    "replyBy=" + request.replyBy() + " " + (overdue ? "overdue" : "due soon"));
            events.publishEvent(new ReplyDeadlineNear(new MessageId(request.id()), AgencyId.of(request.recipient()),
                    AgencyId.of(request.sender()), request.replyBy(), overdue));
        }
        return due.size();
    }

    private record Due(UUID id, String sender, String recipient, Instant replyBy) {
    }
}
