package org.liaison.exchange;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refused deliveries, both ways, with the reason: the part of the message log without a stored message. */
@Repository
class Rejections {

    private final JdbcClient jdbc;

    Rejections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Instant at, String direction, @Nullable MessageId message, @Nullable String peer, String reason, String detail) {
        jdbc.sql("""
                insert into exchange_rejection (occurred_at, direction, message_id, peer_node, reason, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), direction, message == null ? null : message.value(), peer, reason,
                        detail.length() <= 1000 ? detail : detail.substring(0, 1000)).update();
    }

    /** The latest refusals, newest first; {@code text} matches reason, detail, peer or message id. */
    List<RejectionEntry> search(@Nullable String text, int limit) {
        var like = text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return jdbc.sql("""
                select occurred_at, direction, message_id, peer_node, reason, detail from exchange_rejection
                where lower(reason || ' ' || detail || ' ' || coalesce(peer_node, '') || ' ' || coalesce(message_id::text, '')) like ?
                order by id desc limit ?""").params(like, limit)
                .query((rs, n) -> new RejectionEntry(rs.getTimestamp(1).toInstant(), rs.getString(2).equals("OUT"),
                        (UUID) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** One refused delivery as the message log shows it. */
    record RejectionEntry(Instant at, boolean outgoing, @Nullable UUID message, @Nullable String peer, String reason,
                          String detail) {
    }
}
