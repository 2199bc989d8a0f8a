package org.liaison.cases.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.cases.PartnerCase;
import org.liaison.exchange.MessageReceived;
import org.liaison.exchange.payload.CaseSummary;
import org.liaison.identity.Reach;
import org.liaison.shared.NodeTask;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case summaries partners shared with this node's agencies, kept as partner cases in the transaction that
 * accepts the message (a failure here makes the sender retry), once per message. Officers see those sent to their
 * agency or one below it; what may go further is the exchange's to decide ({@code Exchange.forward}).
 */
@Component
public class PartnerCases {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerCases(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(MessageReceived message) {
        if (!(message.payload() instanceof CaseSummary summary)) {
            return;
        }
        NodeTask.run("partner-case", () -> {
            var id = UUID.randomUUID();
            int added = jdbc.sql("""
                    insert into partner_case (id, message_id, sender, recipient, case_number, offence, subject, body,
                                              received_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""")
                    .params(id, message.id().value(), message.sender().value(), message.recipient().value(),
                            summary.caseNumber(), summary.offence(), summary.subject(), summary.body(),
                            OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                    .update();
            if (added == 1) {
                audit.record(AuditAction.PARTNER_CASE_RECEIVED, "partner-case:" + id, "message=" + message.id()
                        + " from=" + message.sender() + " to=" + message.recipient() + " number=" + summary.caseNumber());
            }
        });
    }

    /** Those shared with the caller's agency or one below it, latest first. */
    public List<PartnerCase> visible(int limit) {
        var reach = Reach.current().where("recipient");
        var params = new ArrayList<Object>(reach.params());
        params.add(limit);
        return jdbc.sql(SELECT + " where " + reach.sql() + " order by received_at desc limit ?").params(params)
                .query(PartnerCases::map).list();
    }

    public Optional<PartnerCase> visible(UUID id) {
        var reach = Reach.current().where("recipient");
        var params = new ArrayList<Object>(List.of(id));
        params.addAll(reach.params());
        return jdbc.sql(SELECT + " where id = ? and " + reach.sql()).params(params).query(PartnerCases::map).optional();
    }

    private static final String SELECT = """
            select id, message_id, sender, recipient, case_number, offence, subject, body, received_at from partner_case
            """;

    private static PartnerCase map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PartnerCase(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
                rs.getString("sender"), rs.getString("recipient"), rs.getString("case_number"), rs.getString("offence"),
                rs.getString("subject"), rs.getString("body"), rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
