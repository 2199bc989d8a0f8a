package org.liaison.prisoners;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;

/** Test prisoners and transfer rules: a Lao national held by Cambodia's prisons, eligible unless told otherwise. */
final class PrisonerMother {

    static final AgencyId GDP = AgencyId.of("KH/MOI/GDP");
    static final List<AgencyId> CHAIN = List.of(GDP, AgencyId.of("KH/MOJ"), AgencyId.of("KH/MFAIC"),
            AgencyId.of("LA/MOFA"), AgencyId.of("LA/MPS/PRI"));

    private PrisonerMother() {
    }

    static Prisoner laoPrisoner() {
        return prisoner("LA", Sentence.of(LocalDate.of(2021, 3, 1), Period.ofYears(5)), Consent.GIVEN, false);
    }

    static Prisoner prisoner(String nationality, Sentence sentence, Consent consent, boolean humanitarian) {
        return new Prisoner(PrisonerId.random(), GDP, "Correctional Centre 1", "Phonsavanh Keomany", "ພອນສະຫວັນ ແກ້ວມະນີ",
                "lo", nationality, Sex.MALE, LocalDate.of(1988, 7, 2), List.of(),
                List.of(new Offence("Drug trafficking", "Law on Drug Control", "40")), sentence, true, false, consent,
                humanitarian, humanitarian ? "Serious illness" : null, null, null, null, false, 0);
    }

    static TransferRules rules() {
        return new TransferRules(AgreementId.of("KH-LA-PRISON-2023"), "LA", 6, true, true, true, false, CHAIN);
    }
}
