package org.liaison.exchange.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.MessageId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refused deliveries, both ways, with the reason: the part of the message log without a stored message. */
@Repository
public class Rejections {

    private final JdbcClient jdbc;

    Rejections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Instant at, String direction, @Nullable MessageId message, @Nullable String peer, String reason,
                    String detail) {
        jdbc.sql("""
                insert into exchange_rejection (occurred_at, direction, message_id, peer_node, reason, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), direction, message == null ? null : message.value(), peer, reason,
                        cut(detail)).update();
    }

    /**
     * One row for {@code count} refusals of unverified deliveries from one source address for one reason,
     * between {@code first} and {@code last}; {@code detail} is one of them.
     */
    public void addCounted(Instant first, Instant last, String address, String reason, int count, String detail) {
        jdbc.sql("""
                insert into exchange_rejection (occurred_at, last_at, direction, source_address, occurrences, reason, detail)
                values (?, ?, 'IN', ?, ?, ?, ?)""")
                .params(Timestamp.from(first), Timestamp.from(last), address, count, reason, cut(detail)).update();
    }

    /**
     * The latest refusals, newest first; {@code text} matches reason, detail, peer (or, for counted refusals,
     * source address) or message id.
     */
    public List<RejectionEntry> search(@Nullable String text, int limit) {
        var like = text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return jdbc.sql("""
                select occurred_at, direction, message_id, coalesce(peer_node, source_address), reason, detail
                from exchange_rejection
                where lower(reason || ' ' || detail || ' ' || coalesce(peer_node, source_address, '') || ' '
                    || coalesce(message_id::text, '')) like ?
                order by id desc limit ?""").params(like, limit)
                .query((rs, n) -> new RejectionEntry(rs.getTimestamp(1).toInstant(), rs.getString(2).equals("OUT"),
                        (UUID) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String cut(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    /** One refused delivery as the message log shows it; {@code peer} is the source address of counted ones. */
    public record RejectionEntry(Instant at, boolean outgoing, @Nullable UUID message, @Nullable String peer, String reason,
                          String detail) {
    }
}
