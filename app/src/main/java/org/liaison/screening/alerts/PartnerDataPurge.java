package org.liaison.screening.alerts;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessagesPurged;
import org.liaison.screening.watchlist.IndexRefresh;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases what screening keeps of partners' messages once the exchange purged them (ADR 0011), inside the
 * purge batch's transaction: the alerts those messages last carried (names, dates, documents, photo, reason),
 * the hits on them not yet reported to the issuer, the hits whose report went out in them, and partners'
 * hit reports that came in them. A purged alert gets a new change sequence, so every instance's index drops
 * it: at once here, within its poll interval elsewhere. One audit entry per batch.
 */
@Component
class PartnerDataPurge {

    /** Leaves room in the audit entry's details for the counts. */
    private static final int LISTED = 3800;

    private final JdbcClient db;
    private final IndexRefresh refresh;
    private final AuditTrail audit;

    PartnerDataPurge(JdbcClient db, IndexRefresh refresh, AuditTrail audit) {
        this.db = db;
        this.refresh = refresh;
        this.audit = audit;
    }

    @EventListener
    void on(MessagesPurged purged) {
        var messages = purged.messages().stream().map(MessageId::value).toArray(UUID[]::new);
        var at = Timestamp.from(purged.at());
        var alerts = db.sql("""
                update screening_alert set status = 'PURGED', purged_at = ?, name_native = null, name_latin = null,
                    name_latin_suggested = false, aliases = '{}', date_of_birth = null, nationality = null, gender = null,
                    documents = '{}', identifier = null, reason = '', action = '', photo = null, photo_type = null,
                    change_seq = nextval('screening_alert_change')
                where retention_message = any(?) and not own and purged_at is null
                returning id""").params(at, messages).query(UUID.class).list();
        var hits = db.sql("""
                update screening_hit set traveller_name = '', date_of_birth = null, nationality = null, document = null,
                    explanation = '', factors = null, subject_key = null, decision_note = null, purged_at = ?
                where purged_at is null
                  and (notification_message = any(?) or (notification_message is null and alert_id = any(?)))
                returning id""").params(at, messages, alerts.toArray(UUID[]::new)).query(UUID.class).list();
        var reports = db.sql("""
                update screening_reported_hit set summary = '', purged_at = ? where message_id = any(?) and purged_at is null
                returning id""").params(at, messages).query(UUID.class).list();
        if (alerts.isEmpty() && hits.isEmpty() && reports.isEmpty()) {
            return;
        }
        audit.record(AuditAction.PARTNER_DATA_PURGED, "purge:" + purged.batch(), "alerts=" + alerts.size() + " hits="
                + hits.size() + " reports=" + reports.size() + ": " + listed(alerts, hits, reports));
        if (!alerts.isEmpty()) {
            refresh.afterCommit();
        }
    }

    /** The subjects of the purged records, as many as fit, then how many more. */
    private static String listed(List<UUID> alerts, List<UUID> hits, List<UUID> reports) {
        var all = new ArrayList<String>();
        alerts.forEach(id -> all.add("alert:" + id));
        reports.forEach(id -> all.add("reported-hit:" + id));
        hits.forEach(id -> all.add("hit:" + id));
        var text = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            if (text.length() + all.get(i).length() + 1 > LISTED) {
                return text.append("… and ").append(all.size() - i).append(" more").toString();
            }
            text.append(i == 0 ? "" : " ").append(all.get(i));
        }
        return text.toString();
    }
}
