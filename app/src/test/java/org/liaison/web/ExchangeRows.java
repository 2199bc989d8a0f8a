package org.liaison.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Message rows written straight into the log, for pages that only count or list them. */
final class ExchangeRows {

    private ExchangeRows() {
    }

    /** An incoming message from LA-1 to {@code agency}; unread unless {@code readAt} is given. */
    static void incoming(JdbcClient jdbc, String agency, String kind, String subject, @Nullable Instant readAt,
                         @Nullable Instant replyBy) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into exchange_message (id, direction, conversation_id, kind, category, purpose, sender_node,
                    sender_agency, recipient_node, recipient_agency, subject, clause, handling, sent_at, reply_by,
                    idempotency_key, envelope, envelope_sha256, status, read_at, created_by, created_at)
                values (?, 'IN', ?, ?, 'BORDER_INCIDENT', 'INVESTIGATION', 'LA-1', 'LA/MPS', 'KH-1', ?, ?, 'T-1 art. 1',
                    'TLP:AMBER', ?, ?, ?, 'e', ?, ?, ?, 'node:LA-1', ?)""")
                .params(id, id, kind, agency, subject, now, replyBy == null ? null : Timestamp.from(replyBy),
                        id.toString(), "0".repeat(64), readAt == null ? "RECEIVED" : "READ",
                        readAt == null ? null : Timestamp.from(readAt), now)
                .update();
    }
}
