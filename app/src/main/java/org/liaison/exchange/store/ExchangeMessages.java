package org.liaison.exchange.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.LegalHold;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.MessageStatus;
import org.liaison.exchange.Retention;
import org.liaison.exchange.wire.Envelope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The message log: outbox (OUT) and inbox (IN) rows with their envelopes and receipts. */
@Repository
public class ExchangeMessages {

    /** The columns {@link #retention} reads. */
    static final String RETENTION = """
            retention_clause, retention_handling, retention_days, purge_after, purged_at, hold_reason, held_by,
            held_by_agency, held_at""";

    static final String COLUMNS = """
            id, direction, conversation_id, in_reply_to, kind, category, purpose, sender_node, sender_agency,
            recipient_node, recipient_agency, subject, clause, handling, sent_at, reply_by, status, attempts,
            last_error, delivered_at, read_at, answered_at,
            (receipt is not null or receipt_batch is not null) as has_receipt, """ + RETENTION;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ExchangeMessages(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The receipt a row holds: its own, or the batch receipt it points at. */
    private static final String RECEIPT = """
            coalesce(receipt, (select b.receipt from exchange_receipt_batch b where b.id = receipt_batch)) as receipt""";

    /** Stores a row; false if the (direction, sender node, idempotency key) is already there. */
    public boolean insert(Envelope e, boolean outgoing, String compact, String sha256, MessageStatus status,
                   @Nullable String receipt, @Nullable Instant nextAttempt, String createdBy, Instant at,
                   Retention retention) {
        return insert(e, outgoing, compact, sha256, status, receipt, null, nextAttempt, createdBy, at, retention);
    }

    /** Stores a row acknowledged by a batch receipt ({@code receiptBatch}) or its own ({@code receipt}). */
    public boolean insert(Envelope e, boolean outgoing, String compact, String sha256, MessageStatus status,
                   @Nullable String receipt, java.util.@Nullable UUID receiptBatch, @Nullable Instant nextAttempt,
                   String createdBy, Instant at, Retention retention) {
        return jdbc.sql(INSERT).paramSource(row(new NewRow(e, outgoing, compact, sha256, status, receipt, receiptBatch,
                nextAttempt, createdBy, at, retention))).update() == 1;
    }

    /** Stores rows in one round trip; false unless every one was new. */
    public boolean insertAll(List<NewRow> rows) {
        var counts = batch.batchUpdate(INSERT, rows.stream().map(ExchangeMessages::row).toArray(SqlParameterSource[]::new));
        return java.util.Arrays.stream(counts).allMatch(count -> count == 1);
    }

    private static final String INSERT = """
            insert into exchange_message (id, direction, conversation_id, in_reply_to, kind, category, purpose,
                sender_node, sender_agency, recipient_node, recipient_agency, subject, clause, handling, sent_at,
                reply_by, idempotency_key, envelope, envelope_sha256, receipt, receipt_batch, status, next_attempt_at,
                created_by, created_at, retention_clause, retention_handling, retention_days, purge_after)
            values (:id, :dir, :conv, :reply, :kind, :cat, :purpose, :sn, :sa, :rn, :ra, :subject, :clause,
                :handling, :sent, :replyBy, :key, :env, :sha, :receipt, :batch, :status, :next, :by, :at,
                :keptUnder, :keptHandling, :keptDays, :purgeAfter)
            on conflict (direction, sender_node, idempotency_key) do nothing""";

    private static SqlParameterSource row(NewRow r) {
        var e = r.envelope();
        return new MapSqlParameterSource()
                .addValue("id", UUID.fromString(e.id())).addValue("dir", r.outgoing() ? "OUT" : "IN")
                .addValue("conv", UUID.fromString(e.conversation()))
                .addValue("reply", e.inReplyTo() == null ? null : UUID.fromString(e.inReplyTo()))
                .addValue("kind", e.kind()).addValue("cat", e.category()).addValue("purpose", e.purpose())
                .addValue("sn", e.sender().node()).addValue("sa", e.sender().agency())
                .addValue("rn", e.recipient().node()).addValue("ra", e.recipient().agency())
                .addValue("subject", e.subject()).addValue("clause", e.clause()).addValue("handling", e.handling())
                .addValue("sent", Timestamp.from(e.sentAt())).addValue("replyBy", timestamp(e.replyBy()))
                .addValue("key", e.idempotencyKey()).addValue("env", r.compact()).addValue("sha", r.sha256())
                .addValue("receipt", r.receipt()).addValue("batch", r.receiptBatch())
                .addValue("status", r.status().name()).addValue("next", timestamp(r.nextAttempt()))
                .addValue("by", r.createdBy()).addValue("at", Timestamp.from(r.at()))
                .addValue("keptUnder", r.retention().clause()).addValue("keptHandling", r.retention().handling())
                .addValue("keptDays", r.retention().days()).addValue("purgeAfter", timestamp(r.retention().purgeAfter()));
    }

    /** A row to store: the signed envelope as received or sent, how it stands, and how long it is kept. */
    public record NewRow(Envelope envelope, boolean outgoing, String compact, String sha256, MessageStatus status,
                  @Nullable String receipt, java.util.@Nullable UUID receiptBatch, @Nullable Instant nextAttempt,
                  String createdBy, Instant at, Retention retention) {
    }

    public Optional<Message> find(MessageId id) {
        return jdbc.sql("select " + COLUMNS + " from exchange_message where id = ?").param(id.value())
                .query(ExchangeMessages::map).optional();
    }

    public Optional<Stored> stored(MessageId id) {
        return jdbc.sql("select id, envelope, envelope_sha256, " + RECEIPT + " from exchange_message where id = ?")
                .param(id.value()).query(ExchangeMessages::stored).optional();
    }

    /** The incoming row a sender's idempotency key already produced, if any. */
    public Optional<Stored> incoming(String senderNode, String idempotencyKey) {
        return jdbc.sql("select id, envelope, envelope_sha256, " + RECEIPT
                        + " from exchange_message where direction = 'IN' and sender_node = ? and idempotency_key = ?")
                .params(senderNode, idempotencyKey).query(ExchangeMessages::stored).optional();
    }

    /** The incoming rows of several of a sender's idempotency keys, by key, in one query. */
    public java.util.Map<String, Stored> incoming(String senderNode, java.util.Collection<String> idempotencyKeys) {
        var found = new java.util.HashMap<String, Stored>();
        jdbc.sql("select idempotency_key, id, envelope, envelope_sha256, " + RECEIPT
                        + " from exchange_message where direction = 'IN' and sender_node = ? and idempotency_key = any(?)")
                .params(senderNode, idempotencyKeys.toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getString("idempotency_key"), stored(rs, n))).list();
        return found;
    }

    /** Whether a message with this id is in the log, either way. */
    public boolean exists(MessageId id) {
        return !existing(List.of(id.value())).isEmpty();
    }

    /** Which of these ids the log already holds, either way, in one query. */
    public java.util.Set<UUID> existing(java.util.Collection<UUID> ids) {
        return new java.util.HashSet<>(jdbc.sql("select id from exchange_message where id = any(?)")
                .param(ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    public List<Message> conversation(ConversationId id) {
        return jdbc.sql("select " + COLUMNS + " from exchange_message where conversation_id = ? order by seq")
                .param(id.value()).query(ExchangeMessages::map).list();
    }

    public int markRead(MessageId id, Instant at) {
        return jdbc.sql("update exchange_message set status = 'READ', read_at = ? where id = ? and status = 'RECEIVED'")
                .params(Timestamp.from(at), id.value()).update();
    }

    /** Notes on the answered message (either direction) that a reply to it was sent or received. */
    public void markAnswered(MessageId answered, Instant at) {
        jdbc.sql("""
                update exchange_message set answered_at = coalesce(answered_at, ?),
                    status = case when direction = 'IN' then 'ANSWERED' else status end
                where id = ?""").params(Timestamp.from(at), answered.value()).update();
    }

    /** The retention of several rows by id, in one query; ids not found are absent. */
    public java.util.Map<MessageId, Retention> retentions(java.util.Collection<MessageId> ids) {
        var found = new java.util.HashMap<MessageId, Retention>();
        jdbc.sql("select id, " + RETENTION + " from exchange_message where id = any(?)")
                .param(ids.stream().map(MessageId::value).toArray(UUID[]::new))
                .query((rs, n) -> found.put(new MessageId(rs.getObject("id", UUID.class)), retention(rs))).list();
        return found;
    }

    /** Places or replaces a legal hold on a row not yet purged; false if it is purged (or unknown). */
    public boolean hold(MessageId id, LegalHold hold) {
        return jdbc.sql("""
                update exchange_message set hold_reason = ?, held_by = ?, held_by_agency = ?, held_at = ?
                where id = ? and purged_at is null""")
                .params(hold.reason(), hold.by(), hold.agency(), Timestamp.from(hold.since()), id.value()).update() == 1;
    }

    /** Lifts a row's legal hold; false if it had none. */
    public boolean release(MessageId id) {
        return jdbc.sql("""
                update exchange_message set hold_reason = null, held_by = null, held_by_agency = null, held_at = null
                where id = ? and held_at is not null""").param(id.value()).update() == 1;
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Message map(ResultSet rs, int row) throws SQLException {
        var reply = rs.getObject("in_reply_to", UUID.class);
        return new Message(new MessageId(rs.getObject("id", UUID.class)), rs.getString("direction").equals("OUT"),
                new ConversationId(rs.getObject("conversation_id", UUID.class)), reply == null ? null : new MessageId(reply),
                MessageKind.valueOf(rs.getString("kind")), DataCategory.valueOf(rs.getString("category")),
                Purpose.valueOf(rs.getString("purpose")), rs.getString("sender_node"), AgencyId.of(rs.getString("sender_agency")),
                rs.getString("recipient_node"), AgencyId.of(rs.getString("recipient_agency")), rs.getString("subject"),
                rs.getString("clause"), rs.getString("handling"), rs.getTimestamp("sent_at").toInstant(),
                instant(rs, "reply_by"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "delivered_at"), instant(rs, "read_at"),
                instant(rs, "answered_at"), rs.getBoolean("has_receipt"), retention(rs));
    }

    static Retention retention(ResultSet rs) throws SQLException {
        var held = instant(rs, "held_at");
        var hold = held == null ? null : new LegalHold(rs.getString("hold_reason"), rs.getString("held_by"),
                rs.getString("held_by_agency"), held);
        return new Retention(rs.getString("retention_clause"), rs.getString("retention_handling"),
                rs.getObject("retention_days", Integer.class), instant(rs, "purge_after"), instant(rs, "purged_at"), hold);
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(new MessageId(rs.getObject("id", UUID.class)), rs.getString("envelope"),
                rs.getString("envelope_sha256"), rs.getString("receipt"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A row's evidence; {@code envelope} is null once the row is purged, its hash and receipt stay. */
    public record Stored(MessageId id, @Nullable String envelope, String sha256, @Nullable String receipt) {
    }
}
