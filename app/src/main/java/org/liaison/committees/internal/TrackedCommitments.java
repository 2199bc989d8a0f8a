package org.liaison.committees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentFilter;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.DecisionId;
import org.liaison.directory.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The commitments and action items this node tracks. */
@Repository
public class TrackedCommitments {

    private static final String SELECT = """
            select id, text, native_text, area, agreement_id, decision_id, committee_id, owners, parties, indicators,
                   due_on, status, completed_on
            from commitment
            """;

    /** Past due and still pending ({@link CommitmentStatus#pending()}); its one parameter is today. */
    private static final String OVERDUE = "status in (" + CommitmentStatus.pending().stream()
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")) + ") and due_on < ?";

    private final JdbcClient jdbc;

    TrackedCommitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Commitment> find(CommitmentId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(TrackedCommitments::map).optional();
    }

    /** Locks the row for a status change, so two updates cannot both start from the same status. */
    Optional<Commitment> lock(CommitmentId id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id.value()).query(TrackedCommitments::map).optional();
    }

    public List<Commitment> search(CommitmentFilter filter, LocalDate today) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (filter.owner() != null) {
            var related = Party.of(filter.owner()).related("o");
            where.add("exists (select 1 from unnest(owners) o where " + related.sql() + ")");
            params.addAll(related.params());
        }
        if (filter.status() != null) {
            where.add("status = ?");
            params.add(filter.status().name());
        }
        if (filter.overdueOnly()) {
            where.add(OVERDUE);
            params.add(today);
        }
        if (filter.committee() != null) {
            where.add("committee_id = ?");
            params.add(filter.committee().value());
        }
        if (filter.agreement() != null) {
            where.add("agreement_id = ?");
            params.add(filter.agreement().value());
        }
        var sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by due_on, text";
        return jdbc.sql(sql).params(params).query(TrackedCommitments::map).list();
    }

    /** Open items past due whose owners include the agency, an agency above it or its state. */
    public List<Commitment> overdueFor(AgencyId agency, LocalDate today) {
        var owned = Party.of(agency).covering("o");
        var params = new ArrayList<Object>(List.of(today));
        params.addAll(owned.params());
        return jdbc.sql(SELECT + " where " + OVERDUE + " and exists (select 1 from unnest(owners) o where "
                        + owned.sql() + ") order by due_on, text")
                .params(params).query(TrackedCommitments::map).list();
    }

    /** What fell due in {@code year} for an agreement or a committee (exactly one of them is given). */
    public List<Commitment> dueIn(int year, @Nullable AgreementId agreement, @Nullable CommitteeId committee) {
        var scope = agreement != null ? "agreement_id = ?" : "committee_id = ?";
        Object key = agreement != null ? agreement.value() : java.util.Objects.requireNonNull(committee).value();
        return jdbc.sql(SELECT + " where " + scope + " and due_on between ? and ? order by due_on, text")
                .params(key, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(TrackedCommitments::map).list();
    }

    public List<Commitment> fromDecision(DecisionId decision) {
        return jdbc.sql(SELECT + " where decision_id = ? order by due_on").param(decision.value())
                .query(TrackedCommitments::map).list();
    }

    public boolean insertIfAbsent(Commitment c) {
        return jdbc.sql("""
                insert into commitment (id, text, native_text, area, agreement_id, decision_id, committee_id, owners,
                                        parties, indicators, due_on, status, completed_on)
                values (:id, :text, :nativeText, :area, :agreement, :decision, :committee, :owners, :parties,
                        :indicators, :dueOn, :status, :completedOn)
                on conflict (id) do nothing
                """)
                .param("id", c.id().value()).param("text", c.text())
                .param("nativeText", c.nativeText(), Types.VARCHAR).param("area", c.area().name())
                .param("agreement", c.agreement() == null ? null : c.agreement().value(), Types.VARCHAR)
                .param("decision", c.decision() == null ? null : c.decision().value(), Types.OTHER)
                .param("committee", c.committee() == null ? null : c.committee().value(), Types.OTHER)
                .param("owners", c.owners().toArray(String[]::new))
                .param("parties", c.parties().toArray(String[]::new))
                .param("indicators", c.indicators(), Types.VARCHAR).param("dueOn", c.dueOn())
                .param("status", c.status().name()).param("completedOn", c.completedOn(), Types.DATE)
                .update() == 1;
    }

    void updateStatus(CommitmentId id, CommitmentStatus status, @Nullable LocalDate completedOn) {
        jdbc.sql("update commitment set status = :status, completed_on = :completedOn where id = :id")
                .param("status", status.name()).param("completedOn", completedOn, Types.DATE)
                .param("id", id.value()).update();
    }

    private static Commitment map(ResultSet rs, int row) throws SQLException {
        var agreement = rs.getString("agreement_id");
        var decision = rs.getObject("decision_id", UUID.class);
        var committee = rs.getObject("committee_id", UUID.class);
        return new Commitment(new CommitmentId(rs.getObject("id", UUID.class)), rs.getString("text"),
                rs.getString("native_text"), CooperationArea.valueOf(rs.getString("area")),
                agreement == null ? null : AgreementId.of(agreement), decision == null ? null : new DecisionId(decision),
                committee == null ? null : new CommitteeId(committee), JointCommittees.strings(rs, "owners"),
                JointCommittees.strings(rs, "parties"), rs.getString("indicators"),
                rs.getObject("due_on", LocalDate.class), CommitmentStatus.valueOf(rs.getString("status")),
                rs.getObject("completed_on", LocalDate.class));
    }
}
