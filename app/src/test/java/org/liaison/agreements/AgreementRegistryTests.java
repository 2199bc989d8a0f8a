package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.agreements.internal.LapsedAgreements;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Conflict;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@NodeTest
@WithOfficer(username = "admin.kh", roles = "ADMIN", agency = "KH/MOI")
class AgreementRegistryTests {

    @Autowired AgreementRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void registersADraftAndAuditsIt() {
        var agreement = registry.register(AgreementMother.draft("T-REG-1", "KH/MOI", "LA/MPS"));

        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.parties()).extracting(Party::value).containsExactly("KH/MOI", "LA/MPS");
        assertThat(audit("agreement:T-REG-1")).containsExactly("AGREEMENT_REGISTERED by admin.kh");
    }

    @Test
    void aClauseAllowsNothingUntilItsAgreementIsInForce() {
        var id = AgreementId.of("T-POLICY-1");
        registry.register(AgreementMother.draft(id.value(), "KH/NACD", "LA/MPS/IMM"));
        registry.addClause(id, AgreementMother.drugClause("KH/NACD", "LA/MPS/IMM"));

        assertThat(registry.decide(drugQuery("KH/NACD", "LA/MPS/IMM")).reason()).isEqualTo(DenyReason.NOT_IN_FORCE);

        registry.changeStatus(id, AgreementStatus.SIGNED, null, null);
        registry.changeStatus(id, AgreementStatus.IN_FORCE, null, "on signature");

        var decision = registry.decide(drugQuery("LA/MPS/IMM", "KH/NACD"));
        assertThat(decision.allowed()).as(decision.explanation()).isTrue();
        assertThat(decision.clause()).isEqualTo(new ClauseRef(id, "2.1"));
        assertThat(audit("agreement:T-POLICY-1 art. 2.1")).containsExactly("SHARING_CLAUSE_ADDED by admin.kh");
    }

    @Test
    void refusesAnIllegalMoveWithTheWayForward() {
        var id = AgreementId.of("T-MOVE-1");
        registry.register(AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS"));

        assertThatThrownBy(() -> registry.changeStatus(id, AgreementStatus.IN_FORCE, null, null))
                .isInstanceOf(Conflict.class).hasMessageContaining("DRAFT cannot become IN_FORCE");
        assertThat(registry.agreement(id).status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void refusesClausesBetweenAgenciesThatAreNotParties() {
        var id = AgreementId.of("T-CLAUSE-1");
        registry.register(AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS"));

        assertThatThrownBy(() -> registry.addClause(id, AgreementMother.drugClause("KH/MOI", "VN/MPS")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("between the agreement's parties");
        assertThat(registry.agreement(id).clauses()).isEmpty();
    }

    @Test
    void refusesPartiesThatAreNotInTheDirectory() {
        assertThatThrownBy(() -> registry.register(AgreementMother.draft("T-UNKNOWN-1", "KH/MOI", "LA/NOPE")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("LA/NOPE is not in the directory");
        assertThat(registry.find(AgreementFilter.none())).noneMatch(a -> a.id().value().equals("T-UNKNOWN-1"));
    }

    @Test
    void refusesAnInvalidDraftBeforeWritingAnything() {
        var bad = new AgreementDraft(AgreementId.of("T-BAD-1"), AgreementKind.MOU, "x", null, false,
                List.of(Party.of("KH/MOI")), null, null, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
                null, "Mars/Olympus", null, null);

        assertThatThrownBy(() -> registry.register(bad)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("title").hasMessageContaining("parties").hasMessageContaining("periodOrdered")
                .hasMessageContaining("timeZoneKnown");
    }

    @Test
    void refusesALostUpdate() {
        var id = AgreementId.of("T-VERSION-1");
        var registered = registry.register(AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS"));
        registry.update(id, registered.version(), AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS"));

        assertThatThrownBy(() -> registry.update(id, registered.version(), AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS")))
                .isInstanceOf(Conflict.class).hasMessageContaining("changed");
    }

    @Test
    void keepsTextsWithTheirHashAndRefusesWhatIsNotADocument() {
        var id = AgreementId.of("T-TEXT-1");
        registry.register(AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS"));
        var pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

        var document = registry.attach(id, "en", "mou-en.pdf", pdf);

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.sha256()).hasSize(64);
        assertThat(registry.text(id, document.id()).content()).isEqualTo(pdf);
        var png = new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
        assertThatThrownBy(() -> registry.attach(id, "en", "mou.pdf", png)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> registry.attach(id, "english", "mou.txt", "text".getBytes())).isInstanceOf(InvalidInput.class);
    }

    @Test
    void restrictedAgreementsAreHiddenFromOfficersOfOtherAgencies() {
        var id = AgreementId.of("T-SECRET-1");
        var draft = AgreementMother.draft(id.value(), "KH/SPO", "LA/SPPO");
        registry.register(new AgreementDraft(draft.id(), draft.kind(), draft.title(), null, true, draft.parties(),
                null, null, null, null, null, 2026, draft.timeZone(), draft.areas(), null));

        assertThat(asOfficer("VN/MPS", () -> registry.find(AgreementFilter.none())))
                .noneMatch(a -> a.id().equals(id));
        assertThatThrownBy(() -> asOfficer("VN/MPS", () -> registry.agreement(id))).isInstanceOf(NotFound.class);
        assertThat(asOfficer("LA/SPPO", () -> registry.agreement(id)).id()).isEqualTo(id);
    }

    @Test
    @WithOfficer(username = "secretary.vn", roles = "COMMITTEE_SECRETARY", agency = "VN/MPS")
    void secretariesManageOnlyAgreementsTheirAgencyIsPartyTo() {
        assertThatThrownBy(() -> registry.register(AgreementMother.draft("T-SEC-1", "KH/MOI", "LA/MPS")))
                .isInstanceOf(Forbidden.class);
        var own = registry.register(AgreementMother.draft("T-SEC-2", "KH/MOI", "VN/MPS"));
        assertThat(own.id().value()).isEqualTo("T-SEC-2");
    }

    @Test
    @WithOfficer(username = "officer.kh", roles = "BORDER_OFFICER", agency = "KH/MOI")
    void officersReadButNeverChangeAgreements() {
        assertThatThrownBy(() -> registry.register(AgreementMother.draft("T-OFFICER-1", "KH/MOI", "LA/MPS")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(registry.find(new AgreementFilter("T-OFFICER-1", null, null, null))).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor = 'officer.kh'"
                + " and subject = 'AgreementRegistry.register' and outcome = 'DENIED'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void expiresInForceAgreementsAfterTheirLastDayAsTheNodeItself() {
        var id = AgreementId.of("T-LAPSE-1");
        var draft = AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS");
        registry.register(new AgreementDraft(draft.id(), draft.kind(), draft.title(), null, false, draft.parties(),
                null, null, null, null, null, 2020, draft.timeZone(), draft.areas(), null));
        registry.changeStatus(id, AgreementStatus.SIGNED, null, null);
        registry.changeStatus(id, AgreementStatus.IN_FORCE, null, null);
        var newYear = Clock.fixed(Instant.parse("2021-01-01T06:00:00Z"), ZoneOffset.UTC);

        OfficerContext.runUnauthenticated(new LapsedAgreements(registry, newYear)::onSchedule);

        var expired = registry.agreement(id);
        assertThat(expired.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(expired.endedOn()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(audit("agreement:T-LAPSE-1")).last().isEqualTo("AGREEMENT_STATUS_CHANGED by system:agreements-expiry");
    }

    @Test
    void withoutAuthenticationNothingIsReadOrChangedAnyMore() {
        var id = AgreementId.of("T-NOBODY-1");
        var draft = AgreementMother.draft(id.value(), "KH/SPO", "LA/SPPO");
        var registered = registry.register(new AgreementDraft(draft.id(), draft.kind(), draft.title(), null, false,
                draft.parties(), null, null, null, null, null, 2020, draft.timeZone(), draft.areas(), null));
        registry.changeStatus(id, AgreementStatus.SIGNED, null, null);
        registry.changeStatus(id, AgreementStatus.IN_FORCE, null, null);

        OfficerContext.runUnauthenticated(() -> {
            assertThatThrownBy(() -> registry.find(AgreementFilter.none()))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> registry.agreement(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> registry.changeStatus(id, AgreementStatus.TERMINATED, LocalDate.of(2020, 6, 1), null))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> registry.expireLapsed(LocalDate.of(2021, 1, 1))).isInstanceOf(Forbidden.class);
            assertThat(registry.canManage(registered)).isFalse();
            assertThat(registry.canRegister()).isFalse();
            assertThat(registry.canAskAbout(AgencyId.of("KH/SPO"))).isFalse();
        });
        assertThat(registry.agreement(id).status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    private static PolicyQuery drugQuery(String sender, String recipient) {
        return new PolicyQuery(AgencyId.of(sender), AgencyId.of(recipient), DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, OffsetDateTime.parse("2026-06-01T10:00+07:00").toInstant());
    }

    private List<String> audit(String subject) {
        return jdbc.sql("select action || ' by ' || actor from audit_entry where subject = ? order by seq")
                .param(subject).query(String.class).list();
    }

    private static <T> T asOfficer(String agency, java.util.function.Supplier<T> work) {
        return OfficerContext.as("someone", agency, "OFFICER", work);
    }
}
