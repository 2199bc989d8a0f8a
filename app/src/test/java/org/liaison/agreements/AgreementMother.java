package org.liaison.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Agreements for tests, built the way the registry would hold them. */
public final class AgreementMother {

    private AgreementMother() {
    }

    /** A draft covering 2026 between two parties, as an officer would register it. */
    public static AgreementDraft draft(String id, String... parties) {
        return new AgreementDraft(AgreementId.of(id), AgreementKind.MOU, "MoU on security cooperation " + id, null,
                false, List.of(parties).stream().map(Party::of).toList(), LocalDate.of(2026, 1, 15), "Vientiane",
                MeetingForm.IN_PERSON, null, null, 2026, "Asia/Phnom_Penh",
                Set.of(CooperationArea.DRUG_TRAFFICKING), null);
    }

    public static SharingClause drugClause(String from, String to) {
        return new SharingClause("2.1", Party.of(from), Party.of(to), true,
                Set.of(DataCategory.DRUG_TRAFFICKING_INFORMATION), Set.of(Purpose.INVESTIGATION), HandlingCode.AMBER,
                730, null);
    }

    /** An in-force agreement for 2026 with one reciprocal drug-information clause. */
    public static Agreement inForce(String id, String from, String to) {
        var draft = draft(id, from, to);
        var summary = new AgreementSummary(draft.id(), draft.kind(), draft.title(), null, AgreementStatus.IN_FORCE,
                false, draft.parties(), draft.signedOn(), draft.validity(), 2026, draft.areas());
        return new Agreement(summary, "Vientiane", MeetingForm.IN_PERSON, null, null, null, List.of(),
                List.of(drugClause(from, to)), List.of(), List.of(), List.of(), Instant.EPOCH, "test", 0);
    }
}
