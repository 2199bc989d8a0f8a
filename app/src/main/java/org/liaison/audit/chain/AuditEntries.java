package org.liaison.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditPage;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stored entries for people; the verifier reads them on its own, row by row. */
@Repository
public class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; one row more than asked for tells whether a next page exists without counting. */
    public AuditPage search(AuditQuery query, int page, int size) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        add(where, params, "actor = :actor", "actor", query.actor());
        add(where, params, "agency = :agency", "agency", query.agency());
        add(where, params, "action = :action", "action", query.action() == null ? null : query.action().name());
        add(where, params, "outcome = :outcome", "outcome", query.outcome() == null ? null : query.outcome().name());
        add(where, params, "subject ilike :text escape '\\'", "text", query.text() == null ? null : "%" + escape(query.text()) + "%");
        add(where, params, "occurred_at >= :from", "from", query.from() == null ? null : Timestamp.from(query.from()));
        add(where, params, "occurred_at < :to", "to", query.to() == null ? null : Timestamp.from(query.to()));
        var sql = "select * from audit_entry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by seq desc limit :limit offset :offset";
        var rows = jdbc.sql(sql).params(params)
                .param("limit", size + 1).param("offset", (long) page * size)
                .query(AuditEntries::map).list();
        boolean hasNext = rows.size() > size;
        return new AuditPage(hasNext ? rows.subList(0, size) : rows, page, size, hasNext);
    }

    public Optional<AuditEntry> bySeq(long seq) {
        return jdbc.sql("select * from audit_entry where seq = :seq").param("seq", seq).query(AuditEntries::map).optional();
    }

    private static void add(List<String> where, HashMap<String, Object> params, String condition, String name,
                            @org.jspecify.annotations.Nullable Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("agency"), rs.getString("action"), rs.getString("subject"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("request_id"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
