package org.liaison.cases.internal;

import java.util.List;
import java.util.UUID;

import org.liaison.cases.CaseId;
import org.liaison.cases.CaseShare;
import org.liaison.cases.SharePart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The summaries of a case sent to partners. */
@Repository
public class Shares {

    private final JdbcClient jdbc;

    Shares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseShare> of(CaseId id) {
        return jdbc.sql("""
                select message_id, recipient, purpose, parts, clause, shared_by, shared_at
                from case_share where case_id = ? order by shared_at""").param(id.value())
                .query((rs, n) -> new CaseShare(rs.getObject("message_id", UUID.class), rs.getString("recipient"),
                        rs.getString("purpose"), CaseRecords.strings(rs, "parts").stream().map(SharePart::valueOf).toList(),
                        rs.getString("clause"), rs.getString("shared_by"), CaseRecords.instant(rs, "shared_at")))
                .list();
    }

    public void insert(CaseId id, CaseShare s) {
        jdbc.sql("""
                insert into case_share (id, case_id, message_id, recipient, purpose, parts, clause, shared_by, shared_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), s.messageId(), s.recipient(), s.purpose(),
                        s.parts().stream().map(Enum::name).toArray(String[]::new), s.clause(), s.sharedBy(),
                        CaseLinks.utc(s.sharedAt()))
                .update();
    }

}
