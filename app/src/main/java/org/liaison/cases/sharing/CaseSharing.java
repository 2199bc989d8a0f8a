package org.liaison.cases.sharing;

import java.util.EnumSet;
import java.util.List;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.agreements.DataCategory;
import org.liaison.cases.CaseFile;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseShare;
import org.liaison.cases.SharePart;
import org.liaison.cases.ShareDraft;
import org.liaison.cases.internal.CaseFiles;
import org.liaison.cases.internal.CaseWork;
import org.liaison.cases.internal.Shares;
import org.liaison.directory.Directory;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.SendCheck;
import org.liaison.exchange.SendResult;
import org.liaison.exchange.Sent;
import org.liaison.identity.Reach;
import org.springframework.stereotype.Component;

/**
 * Shares a case summary with a partner agency as a {@code CASE_SUMMARY} notification from the case's lead agency:
 * the exchange asks the agreements, so what {@link #check} answers is exactly what {@link #share} will do, and a
 * refusal is a value shown with its reason before anything is sent.
 */
@Component
public class CaseSharing {

    private final CaseFiles files;
    private final CaseWork work;
    private final Shares shares;
    private final Exchange exchange;
    private final Directory directory;
    private final AuditTrail audit;

    CaseSharing(CaseFiles files, CaseWork work, Shares shares, Exchange exchange, Directory directory, AuditTrail audit) {
        this.files = files;
        this.work = work;
        this.shares = shares;
        this.exchange = exchange;
        this.directory = directory;
        this.audit = audit;
    }

    public SendCheck check(CaseId id, ShareDraft draft) {
        return exchange.check(message(files.of(id), draft));
    }

    public SendResult share(CaseId id, ShareDraft draft) {
        var file = files.of(work.locked(id));
        var result = exchange.send(message(file, draft));
        if (result instanceof Sent sent) {
            var parts = EnumSet.noneOf(SharePart.class);
            parts.addAll(draft.parts());
            var share = new CaseShare(sent.id().value(), draft.recipientId().value(), String.valueOf(draft.purpose()),
                    List.copyOf(parts), sent.clause().toString(), Reach.current().actor(), work.now());
            shares.insert(id, share);
            audit.record(AuditAction.CASE_SHARED, "case:" + id, "message=" + sent.id() + " to=" + share.recipient()
                    + " purpose=" + share.purpose() + " parts=" + share.parts() + " clause=" + share.clause());
        }
        return result;
    }

    private OutgoingMessage message(CaseFile file, ShareDraft draft) {
        var c = file.crimeCase();
        var checkpoint = c.place().checkpoint() == null ? java.util.Optional.<org.liaison.directory.Checkpoint>empty()
                : directory.checkpoint(c.place().checkpoint());
        var payload = Summaries.of(file, draft.parts(), checkpoint);
        return new OutgoingMessage(c.leadAgency(), draft.recipientId(), MessageKind.NOTIFICATION,
                DataCategory.CASE_SUMMARY, java.util.Objects.requireNonNull(draft.purpose()), payload, null, null, List.of());
    }
}
