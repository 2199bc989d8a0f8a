package org.liaison.exchange.outbound;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.liaison.exchange.MessageId;
import org.liaison.exchange.wire.ReadNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signed read notices: those this node owes its partners (an outbox of their own, delivered by the same
 * loops as messages) and, on the sending side, what they tell about this node's outgoing messages.
 */
@Repository
public class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(MessageId message, String recipientNode, String notice, Instant at) {
        jdbc.sql("""
                insert into exchange_notice (id, message_id, recipient_node, notice, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(UUID.randomUUID(), message.value(), recipientNode, notice, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** Claims due notices until the caller's transaction ends, skipping those other workers hold. */
    List<Due> claim(Instant now, int limit) {
        return jdbc.sql("""
                select id, recipient_node, notice, attempts from exchange_notice
                where status = 'QUEUED' and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    void finish(UUID id, String status, String error) {
        jdbc.sql("""
                update exchange_notice set status = ?, attempts = attempts + 1, next_attempt_at = null, last_error = ?
                where id = ?""").params(status, cut(error), id).update();
    }

    void retryLater(UUID id, Instant next, String error) {
        jdbc.sql("update exchange_notice set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(next), cut(error), id).update();
    }

    /**
     * Notes on an outgoing message that its recipient's node read it, keeping the first signed notice;
     * 1 if this is news, 0 if already known, -1 if no such message went to {@code readerNode} with that envelope.
     */
    public int read(ReadNotice notice, String compact) {
        var updated = jdbc.sql("""
                update exchange_message set read_at = ?, read_notice = ?
                where id = ? and direction = 'OUT' and recipient_node = ? and envelope_sha256 = ? and read_at is null""")
                .params(Timestamp.from(notice.readAt()), compact, UUID.fromString(notice.messageId()), notice.readerNode(),
                        notice.envelopeSha256()).update();
        if (updated == 1) {
            return 1;
        }
        var known = jdbc.sql("""
                select count(*) from exchange_message
                where id = ? and direction = 'OUT' and recipient_node = ? and envelope_sha256 = ?""")
                .params(UUID.fromString(notice.messageId()), notice.readerNode(), notice.envelopeSha256())
                .query(Long.class).single();
        return known == 1 ? 0 : -1;
    }

    private static String cut(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    record Due(UUID id, String recipientNode, String notice, int attempts) {
    }
}
