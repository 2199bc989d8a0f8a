package org.liaison.screening.hits;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.MessageReceived;
import org.liaison.exchange.ReplyReceived;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertId;
import org.liaison.screening.HitReported;
import org.liaison.screening.ReportedHit;
import org.liaison.screening.alerts.Alerts;
import org.liaison.screening.input.Fields;
import org.liaison.screening.payload.HitNotification;
import org.liaison.shared.NodeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two ends of a hit notification: on the issuing node, a partner's report is attached to the alert it
 * names; on the reporting node, the issuing agency's reply closes the hit's notification. Both run in the
 * transaction that accepts the message.
 */
@Component
public class HitReports {

    private static final Logger log = LoggerFactory.getLogger(HitReports.class);

    private final Alerts alerts;
    private final Hits hits;
    private final JdbcClient db;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HitReports(Alerts alerts, Hits hits, JdbcClient db, AuditTrail audit,
               ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.hits = hits;
        this.db = db;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(MessageReceived message) {
        if (!(message.payload() instanceof HitNotification payload)) {
            return;
        }
        NodeTask.run("hit-report", () -> {
            var reference = java.util.Objects.requireNonNullElse(payload.alertReference(), "");
            var alert = alerts.findByReference(message.recipient(), reference).filter(Alert::own);
            if (alert.isEmpty()) {
                log.warn("Hit notification {} names alert {} which {} did not issue; kept in the inbox only",
                        message.id(), reference, message.recipient());
                return;
            }
            var summary = Fields.cut(java.util.Objects.requireNonNullElse(payload.travellerName(), "") + " — "
                    + payload.body(), 500);
            db.sql("""
                    insert into screening_reported_hit (id, alert_id, message_id, reporting_agency, checkpoint, summary, received_at)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""")
                    .params(UUID.randomUUID(), alert.get().id().value(), message.id().value(), message.sender().value(),
                            payload.checkpoint() == null ? null : Fields.cut(payload.checkpoint(), 80), summary,
                            java.sql.Timestamp.from(Instant.now(clock)))
                    .update();
            audit.record(AuditAction.HIT_REPORTED, "alert:" + alert.get().id(), "from=" + message.sender()
                    + " message=" + message.id());
            events.publishEvent(new HitReported(alert.get().id(), reference, message.sender()));
        });
    }

    @EventListener
    void on(ReplyReceived reply) {
        hits.findByNotification(reply.answers().value()).ifPresent(hit -> hits.answered(hit.id(), reply.reply().value()));
    }

    public List<ReportedHit> of(AlertId alert) {
        return db.sql("""
                select id, alert_id, message_id, reporting_agency, checkpoint, summary, received_at, purged_at
                from screening_reported_hit where alert_id = ? order by received_at desc""")
                .param(alert.value())
                .query((rs, n) -> new ReportedHit(rs.getObject("id", UUID.class), alert,
                        rs.getObject("message_id", UUID.class), AgencyId.of(rs.getString("reporting_agency")),
                        rs.getString("checkpoint"), rs.getString("summary"), rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("purged_at") == null ? null : rs.getTimestamp("purged_at").toInstant()))
                .list();
    }
}
