package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaison.agreements.policy.PolicyRule;
import org.liaison.shared.Conflict;

class AgreementLifecycleTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "DRAFT, SIGNED", "SIGNED, IN_FORCE", "SIGNED, TERMINATED", "IN_FORCE, EXPIRED",
                 "IN_FORCE, TERMINATED", "IN_FORCE, RENEWED", "EXPIRED, RENEWED" })
    void allowsTheMovesOfATreatyRegistry(AgreementStatus from, AgreementStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "DRAFT, IN_FORCE", "DRAFT, EXPIRED", "SIGNED, DRAFT", "IN_FORCE, SIGNED", "EXPIRED, IN_FORCE",
                 "TERMINATED, IN_FORCE", "RENEWED, IN_FORCE", "TERMINATED, RENEWED" })
    void refusesIllegalMovesWithTheWayForward(AgreementStatus from, AgreementStatus to) {
        var agreement = withStatus(from);

        assertThatThrownBy(() -> agreement.checkMove(to, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("cannot become " + to);
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = { "EXPIRED", "TERMINATED", "RENEWED" })
    void endingAnAgreementNeedsTheDateItTookEffect(AgreementStatus ending) {
        var agreement = withStatus(AgreementStatus.IN_FORCE);

        assertThatThrownBy(() -> agreement.checkMove(ending, null)).isInstanceOf(Conflict.class)
                .hasMessageContaining("which date");
        assertThatCode(() -> agreement.checkMove(ending, LocalDate.of(2026, 6, 30))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = { "TERMINATED", "RENEWED" })
    void terminationCutsThePolicyWindowShort(AgreementStatus ending) {
        var inForce = AgreementMother.inForce("KH-LA-SEC-2026", "KH/MOI", "LA/MPS");
        var ended = new Agreement(new AgreementSummary(inForce.id(), inForce.summary().kind(), inForce.title(), null,
                ending, false, inForce.parties(), null, inForce.summary().validity(), 2026, inForce.summary().areas()),
                null, null, null, LocalDate.of(2026, 6, 30), null, inForce.signatories(), inForce.clauses(),
                inForce.documents(), inForce.links(), inForce.linkedFrom(), inForce.createdAt(), "test", 1);

        assertThat(ended.effectiveValidity().until()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(PolicyRule.allOf(ended)).allSatisfy(rule ->
                assertThat(rule.validUntil()).isEqualTo(LocalDate.of(2026, 7, 1).atStartOfDay(ended.effectiveValidity().zone()).toInstant()));
    }

    private static Agreement withStatus(AgreementStatus status) {
        var base = AgreementMother.inForce("KH-LA-SEC-2026", "KH/MOI", "LA/MPS");
        return new Agreement(new AgreementSummary(base.id(), base.summary().kind(), base.title(), null, status, false,
                base.parties(), base.summary().signedOn(), base.summary().validity(), 2026, base.summary().areas()),
                null, null, null, null, null, base.signatories(), base.clauses(), base.documents(), base.links(),
                base.linkedFrom(), base.createdAt(), "test", 1);
    }
}
