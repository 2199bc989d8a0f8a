package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.prisoners.TransferEvents.TransferApproved;
import org.liaison.prisoners.TransferEvents.TransferDocumentsRequested;
import org.liaison.prisoners.TransferEvents.TransferDocumentsSupplied;
import org.liaison.prisoners.TransferEvents.TransferRequested;
import org.liaison.prisoners.TransferEvents.TransferStepApproved;
import org.liaison.prisoners.TransferEvents.TransferStepReachedPartner;
import org.liaison.prisoners.TransferEvents.TransferStepRefused;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;

/** The approval chain as an aggregate: in order, once per step, closed by a refusal, past-tense events. */
class TransferChainTests {

    private static final Instant AT = Instant.parse("2023-02-20T03:00:00Z");

    private static Transfer opened() {
        var prisoner = PrisonerMother.laoPrisoner();
        var rules = PrisonerMother.rules();
        return Transfer.open(TransferId.random(), prisoner, rules.assess(prisoner, LocalDate.of(2023, 2, 14)),
                rules.chain(), AT);
    }

    @Test
    void everyAgencyApprovesInTurnAndThePartnersStepsAreAnnounced() {
        var transfer = opened();
        for (int position = 1; position <= 5; position++) {
            transfer.approve(position, "officer" + position, AT);
        }
        assertThat(transfer.status()).isEqualTo(TransferStatus.APPROVED);
        assertThat(transfer.current()).isEmpty();
        assertThat(transfer.events()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "TransferRequested", "TransferStepApproved", "TransferStepApproved", "TransferStepApproved",
                "TransferStepReachedPartner", "TransferStepApproved", "TransferStepReachedPartner",
                "TransferStepApproved", "TransferApproved");
        assertThat(transfer.events().get(4)).isEqualTo(new TransferStepReachedPartner(transfer.id(), 4,
                PrisonerMother.CHAIN.get(3)));
        assertThat(transfer.events().getFirst()).isInstanceOf(TransferRequested.class);
        assertThat(transfer.events().getLast()).isInstanceOf(TransferApproved.class);
    }

    @Test
    void aStepThatIsNotWaitingCannotDecideAndNoStepDecidesTwice() {
        var transfer = opened();
        assertThatThrownBy(() -> transfer.approve(2, "ministry", AT)).isInstanceOf(Conflict.class)
                .hasMessageContaining("not the one waiting");
        transfer.approve(1, "prison", AT);
        assertThatThrownBy(() -> transfer.approve(1, "prison", AT)).isInstanceOf(Conflict.class);
        assertThat(transfer.current()).get().extracting(ChainStep::position).isEqualTo(2);
    }

    @Test
    void aRefusalWithReasonsClosesTheCase() {
        var transfer = opened();
        transfer.approve(1, "prison", AT);
        assertThatThrownBy(() -> transfer.refuse(2, " ", "justice", AT)).isInstanceOf(InvalidInput.class);
        transfer.refuse(2, "An appeal on the fine is pending", "justice", AT);
        assertThat(transfer.status()).isEqualTo(TransferStatus.REFUSED);
        assertThat(transfer.steps().get(1).note()).isEqualTo("An appeal on the fine is pending");
        assertThat(transfer.events().getLast()).isInstanceOf(TransferStepRefused.class);
        assertThatThrownBy(() -> transfer.approve(3, "foreign affairs", AT)).isInstanceOf(Conflict.class);
    }

    @Test
    void aStepThatAskedForDocumentsDecidesOnlyOnceTheyAreSupplied() {
        var transfer = opened();
        transfer.askForDocuments(1, "Certified copy of the judgment", "prison", AT);
        assertThat(transfer.status()).isEqualTo(TransferStatus.DOCUMENTS_REQUESTED);
        assertThat(transfer.events().getLast()).isInstanceOf(TransferDocumentsRequested.class);
        assertThatThrownBy(() -> transfer.approve(1, "prison", AT)).isInstanceOf(Conflict.class);
        transfer.documentsSupplied(1, "registry", AT);
        assertThat(transfer.events().getLast()).isInstanceOf(TransferDocumentsSupplied.class);
        transfer.approve(1, "prison", AT);
        assertThat(transfer.events().getLast()).isInstanceOf(TransferStepApproved.class);
        assertThat(transfer.status()).isEqualTo(TransferStatus.IN_PROGRESS);
    }

    @Test
    void aCaseIsOpenedOnlyForAnEligiblePrisoner() {
        var thai = PrisonerMother.prisoner("TH", PrisonerMother.laoPrisoner().sentence(), Consent.GIVEN, false);
        var rules = PrisonerMother.rules();
        assertThatThrownBy(() -> Transfer.open(TransferId.random(), thai, rules.assess(thai, LocalDate.of(2023, 2, 14)),
                rules.chain(), AT)).isInstanceOf(Conflict.class);
    }

    @Test
    void aChainNamesEachAgencyOnce() {
        var base = PrisonerMother.rules();
        assertThatThrownBy(() -> new TransferRules(base.agreement(), "LA", 6, true, true, true, false,
                java.util.List.of(PrisonerMother.GDP, PrisonerMother.GDP))).isInstanceOf(InvalidInput.class);
    }
}
