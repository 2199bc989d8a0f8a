package org.liaison.prisoners.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyId.SqlCondition;
import org.liaison.prisoners.PlanId;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.RepatriationPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Repatriation plans and the prisoners in each. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RepatriationPlan> find(PlanId id) {
        return jdbc.sql("select * from prisoner_plan where id = ?").param(id.value()).query(this::map).optional();
    }

    public List<RepatriationPlan> visible(SqlCondition reach) {
        return jdbc.sql("select * from prisoner_plan where " + reach.sql() + " order by deadline, title")
                .params(reach.params()).query(this::map).list();
    }

    public boolean insertIfAbsent(RepatriationPlan plan) {
        var added = jdbc.sql("""
                insert into prisoner_plan (id, title, administration, agreement_id, receiving_country, deadline, assumptions)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
                """).params(plan.id().value(), plan.title(), plan.administration().value(), plan.agreement().value(),
                plan.receivingCountry(), plan.deadline(), plan.assumptions()).update() == 1;
        if (added) {
            for (var prisoner : plan.prisoners()) {
                jdbc.sql("insert into prisoner_plan_member (plan_id, prisoner_id) values (?, ?)")
                        .params(plan.id().value(), prisoner.value()).update();
            }
        }
        return added;
    }

    /** Replaces a plan's title, deadline, assumptions and prisoners; its administration and agreement stay. */
    public void update(RepatriationPlan plan) {
        jdbc.sql("update prisoner_plan set title = ?, deadline = ?, assumptions = ? where id = ?")
                .params(plan.title(), plan.deadline(), plan.assumptions(), plan.id().value()).update();
        jdbc.sql("delete from prisoner_plan_member where plan_id = ?").param(plan.id().value()).update();
        for (var prisoner : plan.prisoners()) {
            jdbc.sql("insert into prisoner_plan_member (plan_id, prisoner_id) values (?, ?)")
                    .params(plan.id().value(), prisoner.value()).update();
        }
    }

    private RepatriationPlan map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var members = jdbc.sql("select prisoner_id from prisoner_plan_member where plan_id = ?").param(id)
                .query((m, n) -> new PrisonerId(m.getObject(1, UUID.class))).list();
        return new RepatriationPlan(new PlanId(id), rs.getString("title"), AgencyId.of(rs.getString("administration")),
                AgreementId.of(rs.getString("agreement_id")), rs.getString("receiving_country"),
                rs.getObject("deadline", java.time.LocalDate.class), rs.getString("assumptions"), members);
    }
}
