package org.liaison.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Test data for cases: a drug case on the Cambodia–Laos border and the parts linked to it. */
final class CaseMother {

    private CaseMother() {
    }

    static CaseDraft drugCase(String lead, LocalDate occurred) {
        return new CaseDraft(CaseType.DRUG_TRAFFICKING, "Methamphetamine in a truck", "Tablets under rice sacks.", lead,
                List.of("kh.officer"), "Stung Treng", "Thala Barivat", null, 13.93, 105.97, false, occurred, occurred);
    }

    static CaseDraft withCheckpoint(CaseDraft d, @Nullable Long checkpoint) {
        return new CaseDraft(d.type(), d.title(), d.summary(), d.leadAgency(), d.officers(), d.province(), d.district(),
                checkpoint, d.latitude(), d.longitude(), d.unguarded(), d.occurredOn(), d.reportedOn());
    }

    static SeizureDraft tablets(String quantity, LocalDate on) {
        return new SeizureDraft(SeizedItem.METHAMPHETAMINE_TABLETS, null, new BigDecimal(quantity), Unit.TABLETS,
                new BigDecimal("3600"), "USD", on, "LOT-1");
    }

    static PersonDraft laoSuspect() {
        return new PersonDraft(PersonRole.SUSPECT, "ສົມພອນ ວົງສະຫວັນ", null, "LA", LocalDate.of(1988, 3, 4),
                List.of("Lao ID 0123-4567"));
    }
}
