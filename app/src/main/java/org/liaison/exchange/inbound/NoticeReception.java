package org.liaison.exchange.inbound;

import java.util.ArrayList;
import java.util.List;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.outbound.Notices;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.NoticeReply;
import org.liaison.exchange.wire.ReadNotice;
import org.liaison.exchange.wire.Rejection;
import org.liaison.shared.NodeTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a partner's signed read notices: each must verify with the partner's pinned key and name a message
 * this node sent to that partner, with that envelope's SHA-256. The first notice of a message is kept as
 * evidence and audited as the partner; a repeated one is accepted and changes nothing. Refusals are logged
 * and audited ({@link InboundRefusals}).
 */
@Component
class NoticeReception {

    private final Envelopes envelopes;
    private final Notices notices;
    private final InboundRefusals refusals;
    private final InboundLimits limits;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    NoticeReception(Envelopes envelopes, Notices notices, InboundRefusals refusals, InboundLimits limits,
                    AuditTrail audit, TransactionTemplate transaction) {
        this.envelopes = envelopes;
        this.notices = notices;
        this.refusals = refusals;
        this.limits = limits;
        this.audit = audit;
        this.transaction = transaction;
    }

    NoticeReply receive(List<String> compact, String address) {
        var results = new ArrayList<NoticeReply.Result>();
        for (var notice : compact) {
            ReadNotice opened;
            try {
                opened = envelopes.openNotice(String.valueOf(notice));
            } catch (EnvelopeRejected e) {
                refusals.unverified(address, e.reason(), "read notice: " + e.getMessage());
                results.add(new NoticeReply.Result(e.reason().name(), e.getMessage()));
                continue;
            }
            results.add(take(opened, notice, address));
        }
        return new NoticeReply(results);
    }

    /** Keeps a verified notice, as its reader's node. */
    private NoticeReply.Result take(ReadNotice opened, String compact, String address) {
        try {
            limits.chargeNode(opened.readerNode());
            NodeTask.runForPartner(opened.readerNode(), () -> transaction.executeWithoutResult(status -> keep(opened, compact)));
            return new NoticeReply.Result(null, null);
        } catch (EnvelopeRejected e) {
            refusals.notice(opened.readerNode(), e.reason(), e.getMessage(), address);
            return new NoticeReply.Result(e.reason().name(), e.getMessage());
        }
    }

    private void keep(ReadNotice notice, String compact) {
        var news = notices.read(notice, compact);
        if (news < 0) {
            throw new EnvelopeRejected(Rejection.WRONG_RECIPIENT, "no message " + notice.messageId()
                    + " with that envelope was sent to " + notice.readerNode());
        }
        if (news == 1) {
            audit.record(AuditAction.MESSAGE_READ, "message:" + notice.messageId(), "read by " + notice.readerAgency()
                    + "@" + notice.readerNode() + " at " + notice.readAt() + " (signed notice)");
        }
    }
}
