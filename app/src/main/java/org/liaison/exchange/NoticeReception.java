package org.liaison.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a partner's signed read notices: each must verify with the partner's pinned key and name a message
 * this node sent to that partner, with that envelope's SHA-256. The first notice of a message is kept as
 * evidence and audited; a repeated one is accepted and changes nothing. Refusals are logged and audited.
 */
@Component
class NoticeReception {

    private final Envelopes envelopes;
    private final Notices notices;
    private final Rejections rejections;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoticeReception(Envelopes envelopes, Notices notices, Rejections rejections, AuditTrail audit,
                    TransactionTemplate transaction, Clock clock) {
        this.envelopes = envelopes;
        this.notices = notices;
        this.rejections = rejections;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    NoticeDelivery.Reply receive(List<String> compact) {
        var results = new ArrayList<NoticeDelivery.Result>();
        for (var notice : compact) {
            try {
                var opened = envelopes.openNotice(String.valueOf(notice));
                transaction.executeWithoutResult(status -> take(opened, notice));
                results.add(new NoticeDelivery.Result(null, null));
            } catch (EnvelopeRejected e) {
                rejections.add(Instant.now(clock), "IN", null, null, e.reason().name(), "read notice: " + e.getMessage());
                audit.recordRejection(AuditAction.MESSAGE_REJECTED, "notice", Outcome.DENIED,
                        e.reason() + ": read notice: " + e.getMessage());
                results.add(new NoticeDelivery.Result(e.reason().name(), e.getMessage()));
            }
        }
        return new NoticeDelivery.Reply(results);
    }

    private void take(ReadNotice notice, String compact) {
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
