package org.liaison.exchange.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.exchange.Inbox;
import org.liaison.exchange.PartnerActivity;
import org.liaison.exchange.Volume;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for the officer's dashboard and navigation, each over the messages an agency the caller covers sent or
 * received (incoming ones: received), so no count includes another agency's messages. One query each, on
 * partial indexes (V6_8), cheap enough to poll.
 */
@Repository
public class Activity {

    private final JdbcClient jdbc;

    Activity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long unread(Reach reach) {
        var to = reach.where("recipient_agency");
        return jdbc.sql("select count(*) from exchange_message where direction = 'IN' and read_at is null and "
                + to.sql()).params(to.params()).query(Long.class).single();
    }

    /** Unread messages, and unanswered requests due later today or already overdue at {@code now}. */
    public Inbox inbox(Reach reach, Instant now, Instant endOfToday) {
        var to = reach.where("recipient_agency");
        Map<String, Object> params = new HashMap<>(to.paramsNamed("to"));
        params.put("now", Timestamp.from(now));
        params.put("end", Timestamp.from(endOfToday));
        return jdbc.sql("""
                select count(*) filter (where read_at is null) as unread,
                       count(*) filter (where open_request and reply_by >= :now and reply_by < :end) as due_today,
                       count(*) filter (where open_request and reply_by < :now) as overdue
                from (select read_at, reply_by, kind = 'REQUEST' and answered_at is null as open_request
                      from exchange_message where direction = 'IN' and %s
                          and (read_at is null or (kind = 'REQUEST' and answered_at is null))) m"""
                        .formatted(to.sqlNamed("to")))
                .params(params)
                .query((rs, row) -> new Inbox(rs.getLong("unread"), rs.getLong("due_today"), rs.getLong("overdue")))
                .single();
    }

    /** Per trusted or suspended partner: each figure a subquery that an index on the partner's node answers. */
    public List<PartnerActivity> partners(Reach reach) {
        var sent = reach.where("sender_agency");
        var received = reach.where("recipient_agency");
        var params = new java.util.ArrayList<Object>(received.params());
        params.addAll(sent.params());
        params.addAll(sent.params());
        return jdbc.sql("""
                select p.node_id, p.status = 'TRUSTED' as trusted,
                       (select max(created_at) from exchange_message
                        where direction = 'IN' and sender_node = p.node_id and %1$s) as last_received,
                       (select max(delivered_at) from exchange_message
                        where direction = 'OUT' and recipient_node = p.node_id and %2$s) as last_receipt,
                       (select count(*) from exchange_message
                        where direction = 'OUT' and status = 'QUEUED' and recipient_node = p.node_id and %2$s) as waiting
                from exchange_partner p order by p.node_id""".formatted(received.sql(), sent.sql()))
                .params(params)
                .query((rs, row) -> {
                    var lastIn = instant(rs.getTimestamp("last_received"));
                    var receipt = instant(rs.getTimestamp("last_receipt"));
                    return new PartnerActivity(rs.getString("node_id"), rs.getBoolean("trusted"),
                            latest(lastIn, receipt), rs.getLong("waiting"), receipt);
                })
                .list();
    }

    /** Messages both ways created in [{@code from}, {@code until}), by partner node and category. */
    public List<Volume> volumes(Reach reach, Instant from, Instant until) {
        var sent = reach.where("sender_agency");
        var received = reach.where("recipient_agency");
        Map<String, Object> params = new HashMap<>(sent.paramsNamed("sent"));
        params.putAll(received.paramsNamed("received"));
        params.put("from", Timestamp.from(from));
        params.put("until", Timestamp.from(until));
        return jdbc.sql("""
                select case when direction = 'OUT' then recipient_node else sender_node end as partner, category,
                       count(*) as messages
                from exchange_message
                where direction in ('OUT', 'IN') and created_at >= :from and created_at < :until and (%s or %s)
                group by 1, 2 order by 1, 2""".formatted(sent.sqlNamed("sent"), received.sqlNamed("received")))
                .params(params)
                .query((rs, row) -> new Volume(rs.getString("partner"), DataCategory.valueOf(rs.getString("category")),
                        rs.getLong("messages")))
                .list();
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
