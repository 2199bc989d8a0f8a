package org.liaison.exchange.store;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageStatus;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches the message log for pages and the facade; an agency sees only what it sent or received. */
@Repository
public class MessageLog {

    private final JdbcClient jdbc;

    MessageLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Message> search(LogQuery q) {
        var sql = new StringBuilder("select " + ExchangeMessages.COLUMNS + " from exchange_message where true");
        var params = new java.util.HashMap<String, Object>();
        var sent = q.reach().where("sender_agency");
        var received = q.reach().where("recipient_agency");
        sql.append(" and (").append(sent.sqlNamed("sent")).append(" or ").append(received.sqlNamed("received")).append(")");
        params.putAll(sent.paramsNamed("sent"));
        params.putAll(received.paramsNamed("received"));
        if (q.outgoing() != null) {
            sql.append(" and direction = :dir");
            params.put("dir", q.outgoing() ? "OUT" : "IN");
        }
        if (q.status() != null) {
            sql.append(" and status = :status");
            params.put("status", q.status().name());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" and lower(subject || ' ' || category || ' ' || sender_agency || ' ' || recipient_agency || ' '"
                    + " || clause || ' ' || coalesce(last_error, '') || ' ' || id::text) like :text");
            params.put("text", "%" + q.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        sql.append(" order by seq desc limit :limit offset :offset");
        params.put("limit", q.size() + 1);
        params.put("offset", q.page() * q.size());
        return jdbc.sql(sql.toString()).params(params).query(ExchangeMessages::map).list();
    }

    /**
     * @param reach only messages an agency it covers sent or received
     * @param outgoing only the outbox (true) or the inbox (false); null for both
     */
    public record LogQuery(Reach reach, @Nullable Boolean outgoing, @Nullable MessageStatus status,
                    @Nullable String text, int page, int size) {
    }
}
