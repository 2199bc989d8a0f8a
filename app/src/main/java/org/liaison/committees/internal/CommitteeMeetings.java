package org.liaison.committees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.agreements.MeetingForm;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.Meeting;
import org.liaison.committees.MeetingDraft;
import org.liaison.committees.MeetingId;
import org.liaison.committees.Participant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings with their participants; decisions come from {@link MeetingDecisions}. */
@Repository
public class CommitteeMeetings {

    private static final String SELECT = """
            select id, committee_id, sequence, starts_on, ends_on, date_approximate, place, form, agenda, minutes,
                   next_meeting_on
            from committee_meeting
            """;

    private final JdbcClient jdbc;
    private final MeetingDecisions decisions;

    CommitteeMeetings(JdbcClient jdbc, MeetingDecisions decisions) {
        this.jdbc = jdbc;
        this.decisions = decisions;
    }

    public Optional<Meeting> find(MeetingId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(this::map).optional();
    }

    /** A committee's meetings, latest first. */
    public List<Meeting> of(CommitteeId committee) {
        return jdbc.sql(SELECT + " where committee_id = ? order by starts_on desc").param(committee.value())
                .query(this::map).list();
    }

    boolean sequenceTaken(CommitteeId committee, int sequence) {
        return jdbc.sql("select count(*) from committee_meeting where committee_id = ? and sequence = ?")
                .params(committee.value(), sequence).query(Long.class).single() > 0;
    }

    public boolean insertIfAbsent(MeetingId id, CommitteeId committee, MeetingDraft draft) {
        int added = jdbc.sql("""
                insert into committee_meeting (id, committee_id, sequence, starts_on, ends_on, date_approximate, place,
                                               form, agenda, minutes, next_meeting_on)
                values (:id, :committee, :sequence, :startsOn, :endsOn, :approximate, :place, :form, :agenda, :minutes,
                        :next)
                on conflict (id) do nothing
                """)
                .param("id", id.value()).param("committee", committee.value())
                .param("sequence", draft.sequence(), Types.INTEGER).param("startsOn", draft.startsOn())
                .param("endsOn", draft.endsOn()).param("approximate", draft.dateApproximate())
                .param("place", draft.place()).param("form", String.valueOf(draft.form()))
                .param("agenda", draft.agenda().toArray(String[]::new))
                .param("minutes", draft.minutes(), Types.VARCHAR).param("next", draft.nextMeetingOn(), Types.DATE)
                .update();
        if (added == 1) {
            insertParticipants(id, draft.participants());
        }
        return added == 1;
    }

    private void insertParticipants(MeetingId id, List<Participant> participants) {
        for (int i = 0; i < participants.size(); i++) {
            var p = participants.get(i);
            jdbc.sql("""
                    insert into committee_participant (meeting_id, position, side, name, native_name, title, co_chair)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(id.value(), i + 1, p.side(), p.name(), p.nativeName(), p.title(), p.coChair()).update();
        }
    }

    private List<Participant> participants(UUID meeting) {
        return jdbc.sql("""
                select side, name, native_name, title, co_chair from committee_participant
                where meeting_id = ? order by position
                """).param(meeting)
                .query((rs, n) -> new Participant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    private Meeting map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        return new Meeting(new MeetingId(id), new CommitteeId(rs.getObject("committee_id", UUID.class)),
                rs.getObject("sequence", Integer.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getBoolean("date_approximate"), rs.getString("place"),
                MeetingForm.valueOf(rs.getString("form")), participants(id), JointCommittees.strings(rs, "agenda"),
                rs.getString("minutes"), rs.getObject("next_meeting_on", LocalDate.class),
                decisions.of(new MeetingId(id)));
    }
}
