package org.liaison.agreements.web;

import java.util.List;
import java.util.Set;

import org.liaison.agreements.Agreement;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;

/** Drafts that start a form: an empty one, or one holding what an agreement records now. */
final class AgreementDrafts {

    private AgreementDrafts() {
    }

    static AgreementDraft blank() {
        return new AgreementDraft(null, AgreementKind.MOU, "", null, false, List.of(), null, null,
                null, null, null, null, "Asia/Phnom_Penh", Set.of(), null);
    }

    static AgreementDraft of(Agreement agreement) {
        var summary = agreement.summary();
        var validity = summary.validity();
        boolean yearly = summary.coversYear() != null;
        return new AgreementDraft(summary.id(), summary.kind(), summary.title(), summary.nativeTitle(),
                summary.restricted(), summary.parties(), summary.signedOn(), agreement.signedPlace(),
                agreement.meetingForm(), yearly ? null : validity.from(), yearly ? null : validity.until(),
                summary.coversYear(), validity.zone().getId(), summary.areas(), agreement.description());
    }
}
