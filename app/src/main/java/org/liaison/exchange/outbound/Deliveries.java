package org.liaison.exchange.outbound;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's delivery state: which rows are due, and what each attempt came to. */
@Repository
public class Deliveries {

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims (row-locks until the caller's transaction ends) due messages that are the oldest undelivered one
     * of their conversation, skipping rows other workers hold, so conversations keep their order and
     * instances never deliver the same row at once. A dead letter holds its conversation back until retried.
     * Only outgoing rows are ever QUEUED or DEAD (a constraint says so), and the filter names the status alone:
     * that matches the partial index {@code exchange_message_due}, which PostgreSQL then walks in order and
     * stops after {@code limit} rows, where a filter on the direction too had it sort every due row on disk.
     */
    List<Due> claim(Instant now, int limit) {
        return jdbc.sql("""
                select m.id, m.conversation_id, m.recipient_node, m.envelope, m.envelope_sha256, m.attempts from exchange_message m
                where m.status = 'QUEUED' and m.next_attempt_at <= ?
                  and not exists (select 1 from exchange_message e
                      where e.conversation_id = m.conversation_id and e.status in ('QUEUED', 'DEAD') and e.seq < m.seq)
                order by m.next_attempt_at, m.seq
                limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Due(new MessageId(rs.getObject("id", UUID.class)),
                        new ConversationId(rs.getObject("conversation_id", UUID.class)), rs.getString("recipient_node"),
                        rs.getString("envelope"), rs.getString("envelope_sha256"), rs.getInt("attempts")))
                .list();
    }

    /** Marks a message delivered with its own receipt, or pointing at a batch receipt kept before. */
    void delivered(MessageId id, @Nullable String receipt, @Nullable UUID batch, Instant at) {
        jdbc.sql("""
                update exchange_message set status = 'DELIVERED', receipt = ?, receipt_batch = ?, delivered_at = ?,
                    attempts = attempts + 1, next_attempt_at = null, last_error = null where id = ?""")
                .params(receipt, batch, Timestamp.from(at), id.value()).update();
    }

    /** Marks messages delivered in one statement, each with its own receipt or pointing at a batch receipt. */
    void deliveredAll(List<Delivered> delivered, Instant at) {
        if (delivered.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update exchange_message m set status = 'DELIVERED', receipt = d.receipt, receipt_batch = d.batch,
                    delivered_at = ?, attempts = m.attempts + 1, next_attempt_at = null, last_error = null
                from unnest(?::uuid[], ?::text[], ?::uuid[]) as d(id, receipt, batch) where m.id = d.id""")
                .params(Timestamp.from(at), delivered.stream().map(d -> d.id().value()).toArray(UUID[]::new),
                        delivered.stream().map(Delivered::receipt).toArray(String[]::new),
                        delivered.stream().map(Delivered::batch).toArray(UUID[]::new))
                .update();
    }

    /** Keeps a partner's batch receipt once, however many messages (or redeliveries) it acknowledges. */
    void keepBatchReceipt(UUID batch, String receipt, Instant at) {
        jdbc.sql("insert into exchange_receipt_batch (id, receipt, created_at) values (?, ?, ?) on conflict (id) do nothing")
                .params(batch, receipt, Timestamp.from(at)).update();
    }

    void retryLater(MessageId id, Instant next, String error) {
        jdbc.sql("update exchange_message set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(next), cut(error), id.value()).update();
    }

    /** Tries again at {@code next} without counting an attempt: the partner shed the delivery unread. */
    void defer(MessageId id, Instant next, String error) {
        jdbc.sql("update exchange_message set next_attempt_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(next), cut(error), id.value()).update();
    }

    /**
     * Makes the waiting messages to a partner due now, once it answers again, so its backlog need not wait out
     * each message's backoff. Rows another round holds are skipped: they are being delivered. Returns how many.
     */
    int dueNow(String partnerNode, Instant now) {
        return jdbc.sql("""
                update exchange_message set next_attempt_at = ? where id in (
                    select id from exchange_message
                    where status = 'QUEUED' and next_attempt_at > ? and recipient_node = ? for update skip locked)""")
                .params(Timestamp.from(now), Timestamp.from(now), partnerNode).update();
    }

    void finish(MessageId id, String status, String error) {
        jdbc.sql("""
                update exchange_message set status = ?, attempts = attempts + 1, next_attempt_at = null, last_error = ?
                where id = ?""").params(status, cut(error), id.value()).update();
    }

    /** Puts a dead letter back in the queue; false if it is not dead, or purged (nothing left to send). */
    public boolean requeue(MessageId id, Instant now) {
        return jdbc.sql("""
                update exchange_message set status = 'QUEUED', attempts = 0, next_attempt_at = ?
                where id = ? and status = 'DEAD' and purged_at is null""")
                .params(Timestamp.from(now), id.value()).update() == 1;
    }

    /** The earliest time a queued message is due, to know how long a worker may sleep. */
    @Nullable Instant nextDue() {
        var next = jdbc.sql("select min(next_attempt_at) from exchange_message where status = 'QUEUED'")
                .query((rs, n) -> rs.getTimestamp(1)).list();
        return next.isEmpty() || next.getFirst() == null ? null : next.getFirst().toInstant();
    }

    private static String cut(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    record Delivered(MessageId id, @Nullable String receipt, @Nullable UUID batch) {
    }

    record Due(MessageId id, ConversationId conversation, String recipientNode, String envelope, String sha256, int attempts) {
    }
}
