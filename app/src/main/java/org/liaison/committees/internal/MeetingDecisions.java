package org.liaison.committees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.committees.CommitteeId;
import org.liaison.committees.Decision;
import org.liaison.committees.DecisionDraft;
import org.liaison.committees.DecisionId;
import org.liaison.committees.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions taken in meetings, numbered per meeting. */
@Repository
public class MeetingDecisions {

    private static final String SELECT = "select id, meeting_id, number, text, native_text from committee_decision";

    private final JdbcClient jdbc;

    MeetingDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Decision> find(DecisionId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(MeetingDecisions::map).optional();
    }

    List<Decision> of(MeetingId meeting) {
        return jdbc.sql(SELECT + " where meeting_id = ? order by number").param(meeting.value())
                .query(MeetingDecisions::map).list();
    }

    /** Numbers the decision after the meeting's last one; the meeting row is locked so two secretaries cannot collide. */
    Decision insert(DecisionId id, MeetingId meeting, DecisionDraft draft) {
        jdbc.sql("select id from committee_meeting where id = ? for update").param(meeting.value()).query().listOfRows();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from committee_decision where meeting_id = ?")
                .param(meeting.value()).query(Integer.class).single();
        insertIfAbsent(id, meeting, number, draft);
        return new Decision(id, meeting, number, String.valueOf(draft.text()), draft.nativeText());
    }

    public boolean insertIfAbsent(DecisionId id, MeetingId meeting, int number, DecisionDraft draft) {
        return jdbc.sql("""
                insert into committee_decision (id, meeting_id, number, text, native_text)
                values (:id, :meeting, :number, :text, :nativeText)
                on conflict (id) do nothing
                """)
                .param("id", id.value()).param("meeting", meeting.value()).param("number", number)
                .param("text", draft.text()).param("nativeText", draft.nativeText(), Types.VARCHAR).update() == 1;
    }

    /** The committee whose meeting took the decision. */
    Optional<CommitteeId> committeeOf(DecisionId id) {
        return jdbc.sql("""
                select m.committee_id from committee_decision d join committee_meeting m on m.id = d.meeting_id
                where d.id = ?
                """).param(id.value()).query((rs, n) -> new CommitteeId(rs.getObject(1, UUID.class))).optional();
    }

    private static Decision map(ResultSet rs, int row) throws SQLException {
        return new Decision(new DecisionId(rs.getObject("id", UUID.class)),
                new MeetingId(rs.getObject("meeting_id", UUID.class)), rs.getInt("number"), rs.getString("text"),
                rs.getString("native_text"));
    }
}
