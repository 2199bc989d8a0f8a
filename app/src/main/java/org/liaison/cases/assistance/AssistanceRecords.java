package org.liaison.cases.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.AssistanceDesk;
import org.liaison.cases.AssistanceKind;
import org.liaison.cases.AssistanceRequest;
import org.liaison.cases.AssistanceStatus;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyId.SqlCondition;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The requests for mutual legal assistance kept on this node. What a caller sees is one rule: a prosecutor the
 * requests of their office (or one below it), an investigating officer those they are named on, nobody else any.
 */
@Component
class AssistanceRecords {

    private final JdbcClient jdbc;

    AssistanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "The requests the caller may see" as SQL with its parameters. */
    static SqlCondition visible() {
        var reach = Reach.current();
        var offices = reach.has(Role.PROSECUTOR) ? reach.where("office") : SqlCondition.NONE;
        var params = new ArrayList<Object>(offices.params());
        params.add(reach.actor());
        return new SqlCondition("((" + offices.sql() + ") or ? = any(investigators))", params);
    }

    void insert(AssistanceRequest r, @Nullable UUID partnerReference) {
        jdbc.sql("""
                insert into legal_assistance (id, outgoing, office, partner, kind, agreement, article, case_id,
                    case_number, subject, description, deadline, status, investigators, message_id, partner_reference,
                    created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.outgoing(), r.office().value(), r.partner().value(), r.kind().name(), r.agreement(),
                        r.article(), r.caseId(), r.caseNumber(), r.subject(), r.description(), r.deadline(),
                        r.status().name(), r.investigators().toArray(String[]::new), r.messageId(), partnerReference,
                        r.createdBy(), utc(r.createdAt()))
                .update();
    }

    List<AssistanceRequest> visibleList(int limit) {
        var where = visible();
        var params = new ArrayList<Object>(where.params());
        params.add(limit);
        return jdbc.sql(SELECT + " where " + where.sql() + " order by (status = 'PENDING') desc, deadline, created_at desc limit ?")
                .params(params).query(AssistanceRecords::map).list();
    }

    Optional<AssistanceRequest> visible(UUID id, boolean lock) {
        var where = visible();
        var params = new ArrayList<Object>(List.of(id));
        params.addAll(where.params());
        return jdbc.sql(SELECT + " where id = ? and " + where.sql() + (lock ? " for update" : "")).params(params)
                .query(AssistanceRecords::map).optional();
    }

    /** The incoming request a partner's answer names, for a node task. */
    Optional<UUID> partnerReferenceOf(UUID id) {
        return jdbc.sql("select partner_reference from legal_assistance where id = ?").param(id)
                .query(UUID.class).optional();
    }

    /** Records the answer of a pending request; false when it was answered already (or is not this one). */
    boolean answer(UUID id, boolean outgoing, AgencyId partner, AssistanceStatus outcome, String text, UUID answerMessage, String by,
                   Instant at) {
        return jdbc.sql("""
                update legal_assistance set status = ?, outcome = ?, answer_message_id = ?, answered_by = ?,
                    answered_at = ? where id = ? and outgoing = ? and partner = ? and status = 'PENDING'""")
                .params(outcome.name(), text, answerMessage, by, utc(at), id, outgoing, partner.value()).update() == 1;
    }

    void name(UUID id, List<String> investigators) {
        jdbc.sql("update legal_assistance set investigators = ? where id = ?")
                .params(investigators.toArray(String[]::new), id).update();
    }

    /** Per office, partner and direction: pending, overdue, answered on time and late, over what the caller sees. */
    List<AssistanceDesk> desks(LocalDate today) {
        var where = visible();
        var params = new ArrayList<Object>(List.of(today));
        params.addAll(where.params());
        return jdbc.sql("""
                select office, partner, outgoing,
                       count(*) filter (where status = 'PENDING') as pending,
                       count(*) filter (where status = 'PENDING' and deadline < ?) as overdue,
                       count(*) filter (where status <> 'PENDING' and (answered_at at time zone 'UTC')::date <= deadline) as on_time,
                       count(*) filter (where status <> 'PENDING' and (answered_at at time zone 'UTC')::date > deadline) as late
                from legal_assistance where """ + " " + where.sql() + " group by office, partner, outgoing order by partner, outgoing desc, office")
                .params(params)
                .query((rs, n) -> new AssistanceDesk(AgencyId.of(rs.getString("office")), AgencyId.of(rs.getString("partner")),
                        rs.getBoolean("outgoing"), rs.getLong("pending"), rs.getLong("overdue"), rs.getLong("on_time"),
                        rs.getLong("late")))
                .list();
    }

    private static final String SELECT = """
            select id, outgoing, office, partner, kind, agreement, article, case_id, case_number, subject, description,
                   deadline, status, investigators, outcome, message_id, created_by, created_at, answered_at
            from legal_assistance""";

    private static AssistanceRequest map(ResultSet rs, int row) throws SQLException {
        var answered = rs.getObject("answered_at", OffsetDateTime.class);
        return new AssistanceRequest(rs.getObject("id", UUID.class), rs.getBoolean("outgoing"),
                AgencyId.of(rs.getString("office")), AgencyId.of(rs.getString("partner")),
                AssistanceKind.valueOf(rs.getString("kind")), rs.getString("agreement"), rs.getString("article"),
                rs.getObject("case_id", UUID.class), rs.getString("case_number"), rs.getString("subject"),
                rs.getString("description"), rs.getObject("deadline", LocalDate.class),
                AssistanceStatus.valueOf(rs.getString("status")),
                Arrays.asList((String[]) rs.getArray("investigators").getArray()), rs.getString("outcome"),
                rs.getObject("message_id", UUID.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), answered == null ? null : answered.toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
