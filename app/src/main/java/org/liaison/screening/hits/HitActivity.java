package org.liaison.screening.hits;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;

import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hits on the alerts of the caller's agencies since a moment: those partners reported, and those found on this
 * node by an agency the caller also covers. A hit another agency of this node found stays out of the count, as
 * the caller may not open it.
 */
@Repository
public class HitActivity {

    private final JdbcClient db;

    HitActivity(JdbcClient db) {
        this.db = db;
    }

    public long onOwnAlertsSince(Reach reach, Instant since) {
        var issuer = reach.where("a.issuing_agency");
        var finder = reach.where("h.agency");
        var params = new ArrayList<Object>(issuer.params());
        params.add(Timestamp.from(since));
        params.addAll(issuer.params());
        params.addAll(finder.params());
        params.add(Timestamp.from(since));
        return db.sql("""
                select (select count(*) from screening_reported_hit r join screening_alert a on a.id = r.alert_id
                        where a.own and %1$s and r.received_at >= ?)
                     + (select count(*) from screening_hit h join screening_alert a on a.id = h.alert_id
                        where a.own and %1$s and %2$s and h.found_at >= ?)""".formatted(issuer.sql(), finder.sql()))
                .params(params).query(Long.class).single();
    }
}
