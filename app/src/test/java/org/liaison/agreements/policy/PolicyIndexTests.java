package org.liaison.agreements.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementMother;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.DenyReason;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.Party;
import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.Validity;
import org.liaison.directory.AgencyId;

class PolicyIndexTests {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

    private final PolicyIndex index = PolicyIndex.of(List.of(
            rule("SEC-2022", "2.1", AgreementStatus.IN_FORCE, "KH/MOI", "LA/MPS", DataCategory.DRUG_TRAFFICKING_INFORMATION,
                    Purpose.INVESTIGATION, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
            rule("PRISON-DRAFT", "1", AgreementStatus.DRAFT, "KH/MOI", "LA/MPS", DataCategory.PRISONER_RECORD,
                    Purpose.PRISONER_TRANSFER, LocalDate.of(2022, 1, 1), null),
            rule("PROS-2030", "5", AgreementStatus.IN_FORCE, "KH/SPO", "LA/SPPO", DataCategory.CASE_SUMMARY,
                    Purpose.PROSECUTION, LocalDate.of(2030, 1, 1), null),
            rule("VN-ALERTS", "3", AgreementStatus.IN_FORCE, "VN/MPS", "KH/MOI", DataCategory.ALERT,
                    Purpose.BORDER_MANAGEMENT, null, null),
            rule("STATES", "9", AgreementStatus.IN_FORCE, "KH", "LA", DataCategory.GENERAL_CORRESPONDENCE,
                    Purpose.COOPERATION_REVIEW, LocalDate.of(2020, 1, 1), null),
            rule("OLD-BORDER", "4", AgreementStatus.EXPIRED, "KH/MOI", "LA/MPS", DataCategory.BORDER_INCIDENT,
                    Purpose.BORDER_MANAGEMENT, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))));

    @ParameterizedTest(name = "{0} → {1} {2} for {3} at {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-06-01T12:00+07:00    | ALLOWED
            KH/MOI/GDP | LA/MPS/IMM | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-06-01T12:00+07:00    | ALLOWED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-01-01T00:00+07:00    | ALLOWED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2021-12-31T23:59:59+07:00 | NOT_YET_VALID
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-12-31T23:59:59+07:00 | ALLOWED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2023-01-01T00:00+07:00    | EXPIRED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-12-31T16:59:59Z      | ALLOWED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-12-31T17:00Z         | EXPIRED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2021-12-31T17:00Z         | ALLOWED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-01-01T01:59:59+09:00 | NOT_YET_VALID
            LA/MPS     | KH/MOI     | DRUG_TRAFFICKING_INFORMATION | INVESTIGATION     | 2022-06-01T12:00+07:00    | DIRECTION_NOT_COVERED
            KH/MOI     | LA/MPS     | SMUGGLING_REPORT             | INVESTIGATION     | 2022-06-01T12:00+07:00    | CATEGORY_NOT_COVERED
            KH/MOI     | LA/MPS     | DRUG_TRAFFICKING_INFORMATION | STATISTICS        | 2022-06-01T12:00+07:00    | PURPOSE_NOT_COVERED
            KH/MOI     | LA/MPS     | PRISONER_RECORD              | PRISONER_TRANSFER | 2022-06-01T12:00+07:00    | NOT_IN_FORCE
            KH/SPO     | LA/SPPO    | CASE_SUMMARY                 | PROSECUTION       | 2026-11-25T10:00+07:00    | NOT_YET_VALID
            KH/SPO     | LA/SPPO    | CASE_SUMMARY                 | PROSECUTION       | 2030-01-01T00:00+07:00    | ALLOWED
            KH/MOI     | TH/RTP     | ALERT                        | BORDER_MANAGEMENT | 2022-06-01T12:00+07:00    | NO_AGREEMENT
            VN/MPS/IMM | KH/MOI/GDP | ALERT                        | BORDER_MANAGEMENT | 1999-06-01T12:00+07:00    | ALLOWED
            KH/MOI     | VN/MPS     | ALERT                        | BORDER_MANAGEMENT | 2022-06-01T12:00+07:00    | DIRECTION_NOT_COVERED
            KH/MOI/GDP | LA/MPS     | GENERAL_CORRESPONDENCE       | COOPERATION_REVIEW | 2025-06-01T12:00+07:00   | ALLOWED
            KH/MOI     | LA/MPS     | BORDER_INCIDENT              | BORDER_MANAGEMENT | 2022-06-01T12:00+07:00    | EXPIRED
            KH/MOI     | LA/MPS     | BORDER_INCIDENT              | BORDER_MANAGEMENT | 2019-12-31T12:00+07:00    | ALLOWED
            """)
    void decidesEveryReasonAndEdge(String sender, String recipient, DataCategory category, Purpose purpose,
                                   String at, String expected) {
        var decision = index.decide(new PolicyQuery(AgencyId.of(sender), AgencyId.of(recipient), category, purpose,
                OffsetDateTime.parse(at).toInstant()));

        if (expected.equals("ALLOWED")) {
            assertThat(decision.allowed()).as(decision.explanation()).isTrue();
            assertThat(decision.clause()).isNotNull();
            assertThat(decision.reason()).isNull();
        } else {
            assertThat(decision.allowed()).as(decision.explanation()).isFalse();
            assertThat(decision.reason()).isEqualTo(DenyReason.valueOf(expected));
        }
    }

    @Test
    void allowingNamesTheClauseItsHandlingAndRetention() {
        var decision = decide("KH/MOI", "LA/MPS", DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION,
                "2022-03-01T09:00+07:00");

        assertThat(decision.clause()).isEqualTo(new ClauseRef(AgreementId.of("SEC-2022"), "2.1"));
        assertThat(decision.handling()).isEqualTo(HandlingCode.AMBER);
        assertThat(decision.retentionDays()).isEqualTo(365);
        assertThat(decision.explanation()).contains("SEC-2022 art. 2.1", "KH/MOI → LA/MPS");
    }

    @Test
    void denyingNamesTheClauseThatCameClosestAndWhy() {
        var decision = decide("KH/MOI", "LA/MPS", DataCategory.BORDER_INCIDENT, Purpose.BORDER_MANAGEMENT,
                "2022-06-01T12:00+07:00");

        assertThat(decision.clause()).isEqualTo(new ClauseRef(AgreementId.of("OLD-BORDER"), "4"));
        assertThat(decision.explanation()).contains("validity ended");
    }

    @Test
    void anEmptyRegistryDeniesEverythingForWantOfAnAgreement() {
        var decision = PolicyIndex.empty().decide(new PolicyQuery(AgencyId.of("KH/MOI"), AgencyId.of("LA/MPS"),
                DataCategory.ALERT, Purpose.INVESTIGATION, Instant.now()));

        assertThat(decision.reason()).isEqualTo(DenyReason.NO_AGREEMENT);
    }

    @Test
    void aReciprocalClauseOfAnAgreementAllowsBothDirections() {
        var agreement = AgreementMother.inForce("KH-LA-SEC-2026", "KH/MOI", "LA/MPS");
        var reciprocal = PolicyIndex.of(PolicyRule.allOf(agreement));

        assertThat(reciprocal.decide(query("LA/MPS", "KH/MOI")).allowed()).isTrue();
        assertThat(reciprocal.decide(query("KH/MOI/GDP", "LA/MPS")).allowed()).isTrue();
    }

    @Test
    void decidingAmongSomeAgreementsIgnoresTheOthersEntirely() {
        var withoutSec = (java.util.function.Predicate<AgreementId>) id -> !id.value().equals("SEC-2022");
        var allowedBySec = new PolicyQuery(AgencyId.of("KH/MOI"), AgencyId.of("LA/MPS"),
                DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION,
                OffsetDateTime.parse("2022-03-01T09:00+07:00").toInstant());
        var reverseOfVnAlerts = new PolicyQuery(AgencyId.of("KH/MOI"), AgencyId.of("VN/MPS"), DataCategory.ALERT,
                Purpose.BORDER_MANAGEMENT, OffsetDateTime.parse("2022-06-01T12:00+07:00").toInstant());

        var denied = index.decideAmong(allowedBySec, withoutSec);
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.clause()).isNotEqualTo(new ClauseRef(AgreementId.of("SEC-2022"), "2.1"));
        assertThat(index.decideAmong(reverseOfVnAlerts, id -> !id.value().equals("VN-ALERTS")).reason())
                .isEqualTo(DenyReason.NO_AGREEMENT);
        assertThat(index.decideAmong(reverseOfVnAlerts, id -> true).reason()).isEqualTo(DenyReason.DIRECTION_NOT_COVERED);
        assertThat(index.decideAmong(allowedBySec, id -> false).explanation()).startsWith("No agreement you may see");
    }

    private PolicyDecision decide(String sender, String recipient, DataCategory category, Purpose purpose, String at) {
        return index.decide(new PolicyQuery(AgencyId.of(sender), AgencyId.of(recipient), category, purpose,
                OffsetDateTime.parse(at).toInstant()));
    }

    private static PolicyQuery query(String sender, String recipient) {
        return new PolicyQuery(AgencyId.of(sender), AgencyId.of(recipient), DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, OffsetDateTime.parse("2026-06-01T12:00+07:00").toInstant());
    }

    private static PolicyRule rule(String agreement, String article, AgreementStatus status, String from, String to,
                                   DataCategory category, Purpose purpose, @Nullable LocalDate validFrom,
                                   @Nullable LocalDate validUntil) {
        var validity = new Validity(validFrom, validUntil, PHNOM_PENH);
        return new PolicyRule(new ClauseRef(AgreementId.of(agreement), article), agreement, status, Party.of(from),
                Party.of(to), Set.of(category), Set.of(purpose), HandlingCode.AMBER, 365, validity.start(),
                validity.end());
    }
}
