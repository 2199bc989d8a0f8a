package org.liaison.prisoners.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.liaison.prisoners.ChainStep;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.StepState;
import org.liaison.prisoners.Transfer;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.TransferStatus;
import org.liaison.shared.Conflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfer cases with their steps; a case is saved whole, refused if someone saved it meanwhile. */
@Repository
public class TransferStore {

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Transfer> find(TransferId id) {
        return jdbc.sql("select * from prisoner_transfer where id = ?").param(id.value()).query(this::map).optional();
    }

    /** The prisoner's cases, latest first. */
    public List<Transfer> ofPrisoner(PrisonerId prisoner) {
        return jdbc.sql("select * from prisoner_transfer where prisoner_id = ? order by opened_at desc")
                .param(prisoner.value()).query(this::map).list();
    }

    public void insert(Transfer transfer) {
        try {
            jdbc.sql("insert into prisoner_transfer (id, prisoner_id, agreement_id, sending_country, status) values (?, ?, ?, ?, ?)")
                    .params(transfer.id().value(), transfer.prisoner().value(), transfer.agreement().value(),
                            transfer.sendingCountry(), transfer.status().name()).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new Conflict("the prisoner already has an open transfer case");
        }
        for (var step : transfer.steps()) {
            jdbc.sql("insert into prisoner_transfer_step (transfer_id, position, agency, state) values (?, ?, ?, ?)")
                    .params(transfer.id().value(), step.position(), step.agency().value(), step.state().name()).update();
        }
        saveSteps(transfer);
    }

    public void update(Transfer transfer) {
        var adaptation = transfer.adaptation();
        var handover = transfer.handover();
        var updated = jdbc.sql("""
                update prisoner_transfer set status = ?, adaptation = ?, days_to_serve = ?, closing_note = ?,
                    handover_checkpoint = ?, handover_at = ?, handover_escorts = ?, handover_state = ?, handed_over = ?,
                    handover_received = ?, version = version + 1
                where id = ? and version = ?""")
                .params(transfer.status().name(), adaptation == null ? null : adaptation.kind().name(),
                        adaptation == null ? null : adaptation.daysToServe(), transfer.closingNote(),
                        handover == null ? null : handover.checkpoint(),
                        handover == null ? null : Timestamp.from(handover.at()),
                        handover == null ? null : handover.escorts(), handover == null ? null : handover.state().name(),
                        handover == null ? null : handover.handedOver(), handover == null ? null : handover.received(),
                        transfer.id().value(), transfer.version()).update();
        if (updated != 1) {
            throw new Conflict("transfer " + transfer.id() + " was changed meanwhile; open it again");
        }
        saveSteps(transfer);
    }

    private void saveSteps(Transfer transfer) {
        for (var step : transfer.steps()) {
            jdbc.sql("""
                    update prisoner_transfer_step set state = ?, note = ?, decided_by = ?, decided_at = ?
                    where transfer_id = ? and position = ?
                    """).params(step.state().name(), step.note(), step.decidedBy(),
                    step.decidedAt() == null ? null : Timestamp.from(step.decidedAt()), transfer.id().value(),
                    step.position()).update();
        }
    }

    private Transfer map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var steps = jdbc.sql("select * from prisoner_transfer_step where transfer_id = ? order by position").param(id)
                .query((s, n) -> new ChainStep(s.getInt("position"), AgencyId.of(s.getString("agency")),
                        StepState.valueOf(s.getString("state")), s.getString("note"), s.getString("decided_by"),
                        s.getTimestamp("decided_at") == null ? null : s.getTimestamp("decided_at").toInstant()))
                .list();
        return new Transfer(new TransferId(id), new PrisonerId(rs.getObject("prisoner_id", UUID.class)),
                AgreementId.of(rs.getString("agreement_id")), rs.getString("sending_country"), steps,
                TransferStatus.valueOf(rs.getString("status")), adaptation(rs), rs.getString("closing_note"),
                handover(rs), rs.getInt("version"));
    }

    /** The hand-over columns, which both nodes' tables have. */
    static org.liaison.prisoners.@org.jspecify.annotations.Nullable Handover handover(ResultSet rs) throws SQLException {
        var state = rs.getString("handover_state");
        return state == null ? null : new org.liaison.prisoners.Handover(rs.getString("handover_checkpoint"),
                rs.getTimestamp("handover_at").toInstant(), rs.getString("handover_escorts"),
                org.liaison.prisoners.Handover.State.valueOf(state), rs.getString("handed_over"),
                rs.getString("handover_received"));
    }

    private static org.liaison.prisoners.@org.jspecify.annotations.Nullable Adaptation adaptation(ResultSet rs)
            throws SQLException {
        var kind = rs.getString("adaptation");
        return kind == null ? null
                : new org.liaison.prisoners.Adaptation(org.liaison.prisoners.Adaptation.Kind.valueOf(kind),
                rs.getInt("days_to_serve"));
    }
}
