package org.liaison.prisoners.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.MessageId;
import org.liaison.prisoners.Adaptation;
import org.liaison.prisoners.PartnerState;
import org.liaison.prisoners.PartnerTransfer;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.wire.TransferStepMessage;
import org.liaison.directory.AgencyId.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transfers other nodes asked this node's agencies to decide, with the numbering of the steps: the last number
 * taken from the sending state and the last one sent back, and the request an answer replies to.
 */
@Repository
public class PartnerTransfers {

    private final JdbcClient jdbc;

    PartnerTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PartnerTransfer> find(TransferId id) {
        return jdbc.sql("select * from prisoner_partner_transfer where id = ?").param(id.value())
                .query(PartnerTransfers::map).optional();
    }

    /** Those whose receiving agency the condition selects, latest first. */
    public List<PartnerTransfer> visible(SqlCondition reach, int limit) {
        var params = new ArrayList<Object>(reach.params());
        params.add(limit);
        return jdbc.sql("select * from prisoner_partner_transfer where " + reach.sql()
                + " order by received_at desc limit ?").params(params).query(PartnerTransfers::map).list();
    }

    /** The first request of a transfer, numbered 1; false if the transfer is already known. */
    boolean insert(TransferStepMessage step, AgencyId sender, AgencyId recipient, @Nullable String agreement,
                   MessageId request, Instant at) {
        return jdbc.sql("""
                insert into prisoner_partner_transfer (id, sending_agency, receiving_agency, agreement_id, position,
                    state, prisoner_name, native_name, nationality, sex, born_on, offences, release_on, days_left,
                    counted_on, summary, last_request, received_sequence, received_at)
                values (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                on conflict (id) do nothing""")
                .params(UUID.fromString(step.transfer()), sender.value(), recipient.value(), agreement, step.position(),
                        nameOf(step), step.prisonerNativeName(), step.nationality(), step.sex(), date(step.bornOn()),
                        step.offences(), date(step.releaseOn()), step.daysLeft(), date(step.countedOn()), step.body(),
                        request.value(), Timestamp.from(at)).update() == 1;
    }

    /** A later request (the next step, or the same one once documents were supplied) if it is the next number. */
    boolean request(TransferStepMessage step, AgencyId recipient, MessageId request, Instant at) {
        return jdbc.sql("""
                update prisoner_partner_transfer set state = 'WAITING', position = ?, receiving_agency = ?,
                    summary = ?, days_left = coalesce(?, days_left), counted_on = coalesce(?, counted_on),
                    release_on = coalesce(?, release_on), last_request = ?, received_sequence = ?, received_at = ?,
                    note = null, decided_by = null, decided_at = null, version = version + 1
                where id = ? and received_sequence = ? and state in ('ACCEPTED', 'DOCUMENTS_REQUESTED', 'WAITING')""")
                .params(step.position(), recipient.value(), step.body(), step.daysLeft(), date(step.countedOn()),
                        date(step.releaseOn()), request.value(), step.sequence(), Timestamp.from(at),
                        UUID.fromString(step.transfer()), step.sequence() - 1).update() == 1;
    }

    /** The sending state closed the case (the prisoner withdrew consent), if it is the next number. */
    boolean withdrawn(TransferStepMessage step) {
        return jdbc.sql("""
                update prisoner_partner_transfer set state = 'WITHDRAWN', note = ?, received_sequence = ?,
                    version = version + 1
                where id = ? and received_sequence = ?""")
                .params(step.note(), step.sequence(), UUID.fromString(step.transfer()), step.sequence() - 1)
                .update() == 1;
    }

    /** The sending state proposed the hand-over, or says it handed the prisoner over, if it is the next number. */
    boolean handover(TransferStepMessage step) {
        var proposed = step.action() == org.liaison.prisoners.wire.StepAction.HANDOVER_PROPOSED;
        return jdbc.sql("""
                update prisoner_partner_transfer set handover_state = ?, handover_checkpoint = coalesce(?, handover_checkpoint),
                    handover_at = coalesce(?, handover_at), handover_escorts = coalesce(?, handover_escorts),
                    handed_over = ?, received_sequence = ?, version = version + 1
                where id = ? and received_sequence = ? and state = 'ACCEPTED'
                  and coalesce(handover_state, 'PROPOSED') = ?""")
                .params(proposed ? "PROPOSED" : "HANDED_OVER", step.checkpoint(),
                        step.handoverAt() == null ? null : Timestamp.from(Instant.parse(step.handoverAt())),
                        step.escorts(), proposed ? null : step.note(), step.sequence(), UUID.fromString(step.transfer()),
                        step.sequence() - 1, proposed ? "PROPOSED" : "AGREED").update() == 1;
    }

    /** This agency agreed to the hand-over, or received the prisoner; takes the number the answer goes out with. */
    Optional<Integer> handoverAnswered(PartnerTransfer transfer, org.liaison.prisoners.Handover.State from,
                                       org.liaison.prisoners.Handover.State to, @Nullable String received) {
        return jdbc.sql("""
                update prisoner_partner_transfer set handover_state = ?, handover_received = coalesce(?, handover_received),
                    sent_sequence = sent_sequence + 1, version = version + 1
                where id = ? and version = ? and handover_state = ?
                returning sent_sequence""")
                .params(to.name(), received, transfer.id().value(), transfer.version(), from.name())
                .query(Integer.class).optional();
    }

    /** The last number taken from the sending state, if the transfer is known here. */
    Optional<Integer> received(TransferId id) {
        return jdbc.sql("select received_sequence from prisoner_partner_transfer where id = ?").param(id.value())
                .query(Integer.class).optional();
    }

    MessageId lastRequest(TransferId id) {
        return new MessageId(jdbc.sql("select last_request from prisoner_partner_transfer where id = ?")
                .param(id.value()).query(UUID.class).single());
    }

    /** Records this agency's answer and takes the number it goes out with; false if someone answered meanwhile. */
    Optional<Integer> answer(PartnerTransfer transfer, PartnerState state, @Nullable String note,
                             @Nullable Adaptation adaptation, String by, Instant at) {
        return jdbc.sql("""
                update prisoner_partner_transfer set state = ?, note = ?, adaptation = ?, days_to_serve = ?,
                    decided_by = ?, decided_at = ?, sent_sequence = sent_sequence + 1, version = version + 1
                where id = ? and version = ? and state = 'WAITING'
                returning sent_sequence""")
                .params(state.name(), note, adaptation == null ? null : adaptation.kind().name(),
                        adaptation == null ? null : adaptation.daysToServe(), by, Timestamp.from(at),
                        transfer.id().value(), transfer.version()).query(Integer.class).optional();
    }

    private static String nameOf(TransferStepMessage step) {
        return step.prisonerName() == null || step.prisonerName().isBlank() ? "?" : step.prisonerName();
    }

    private static @Nullable LocalDate date(@Nullable String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static PartnerTransfer map(ResultSet rs, int row) throws SQLException {
        var kind = rs.getString("adaptation");
        var decidedAt = rs.getTimestamp("decided_at");
        var daysLeft = rs.getObject("days_left", Integer.class);
        return new PartnerTransfer(new TransferId(rs.getObject("id", UUID.class)),
                AgencyId.of(rs.getString("sending_agency")), AgencyId.of(rs.getString("receiving_agency")),
                rs.getString("agreement_id"), rs.getInt("position"), PartnerState.valueOf(rs.getString("state")),
                rs.getString("prisoner_name"), rs.getString("native_name"), rs.getString("nationality"),
                rs.getString("sex"), rs.getObject("born_on", LocalDate.class), rs.getString("offences"),
                rs.getObject("release_on", LocalDate.class), daysLeft, rs.getObject("counted_on", LocalDate.class),
                rs.getString("summary"), rs.getString("note"),
                kind == null ? null : new Adaptation(Adaptation.Kind.valueOf(kind), rs.getInt("days_to_serve")),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getTimestamp("received_at").toInstant(), TransferStore.handover(rs), rs.getInt("version"));
    }
}
