package org.liaison.agreements.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.agreements.AgreementField;
import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementLink;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.DenyReason;
import org.liaison.agreements.LinkKind;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.internal.Agreements;
import org.liaison.directory.AgencyId;
import org.liaison.node.ThisNode;
import org.liaison.node.Seeding;
import org.springframework.beans.factory.annotation.Autowired;

/** Loads the seed agreements as the node does at start-up, with nobody signed in; reads them as an administrator. */
@NodeTest
@WithOfficer(username = "admin.kh", roles = "ADMIN", agency = "KH/MOI")
class DemoAgreementsTests {

    @Autowired AgreementRegistry registry;
    @Autowired Agreements agreements;
    @Autowired ThisNode node;
    @Autowired Seeding seeding;

    @Test
    void theSeedAgreementsMakeTheSharingTheArticlesDescribe() {
        OfficerContext.runUnauthenticated(new DemoAgreements(registry, agreements, node, seeding)::load);

        var now = OffsetDateTime.parse("2026-11-25T09:00+07:00").toInstant();
        var drugs = registry.decide(new PolicyQuery(AgencyId.of("KH/MOI/GDP"), AgencyId.of("LA/MPS"),
                DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION, now));
        assertThat(drugs.allowed()).as(drugs.explanation()).isTrue();
        assertThat(drugs.clause()).isEqualTo(new ClauseRef(AgreementId.of("KH-LA-SEC-2026"), "2.1"));

        var prisoners = registry.decide(new PolicyQuery(AgencyId.of("LA/MPS/PRI"), AgencyId.of("KH/MOI/GDP"),
                DataCategory.PRISONER_RECORD, Purpose.PRISONER_TRANSFER, now));
        assertThat(prisoners.allowed()).as(prisoners.explanation()).isTrue();

        var in2023 = registry.decide(new PolicyQuery(AgencyId.of("KH/MOI"), AgencyId.of("LA/MPS"),
                DataCategory.BORDER_INCIDENT, Purpose.BORDER_MANAGEMENT, OffsetDateTime.parse("2023-06-01T09:00+07:00").toInstant()));
        assertThat(in2023.reason()).isEqualTo(DenyReason.EXPIRED);

        assertThat(registry.agreement(AgreementId.of("KH-LA-SEC-2022")).linkedFrom())
                .containsExactly(new AgreementLink(LinkKind.RENEWS, AgreementId.of("KH-LA-SEC-2026")));
        assertThat(registry.agreement(AgreementId.of("KH-LA-DTA-2024")).status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void theSeedRecordsSayOnlyWhatTheArticlesSayAndNameEveryAssumption() {
        OfficerContext.runUnauthenticated(new DemoAgreements(registry, agreements, node, seeding)::load);

        var prisons = registry.agreement(AgreementId.of("KH-LA-PRISON-2023"));
        assertThat(prisons.summary().signedOn()).isEqualTo(java.time.LocalDate.of(2023, 12, 5));
        var vietnam = registry.agreement(AgreementId.of("KH-VN-SEC-2023"));
        assertThat(vietnam.summary().kind()).isNotEqualTo(org.liaison.agreements.AgreementKind.MOU);
        assertThat(vietnam.summary().signedOn()).isNull();
        assertThat(vietnam.signedPlace()).isNull();
        assertThat(vietnam.signatories()).isEmpty();
        assertThat(registry.agreement(AgreementId.of("KH-LA-PROS-2024")).summary().restricted()).isFalse();
        for (var seed : SeedAgreements.all()) {
            assertThat(registry.agreement(seed.draft().reference()).description())
                    .as(seed.draft().reference().value()).contains(SeedAgreements.ASSUMED);
            assertThat(registry.assumed(seed.draft().reference())).as("marked field by field")
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(seed.assumed());
        }
        assertThat(registry.assumed(AgreementId.of("KH-LA-PRISON-2023")))
                .contains(AgreementField.SIGNED_ON).doesNotContain(AgreementField.RECORD);
        assertThat(registry.assumed(AgreementId.of("KH-LA-SEC-2026"))).containsExactly(AgreementField.RECORD);
    }

    @Test
    void theAgreementPageMarksEachAssumedFieldInTheOfficersLanguage(org.springframework.web.context.WebApplicationContext context)
            throws Exception {
        OfficerContext.runUnauthenticated(new DemoAgreements(registry, agreements, node, seeding)::load);
        var page = org.liaison.MockMvcs.withSecurity(context).perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/agreements/KH-LA-PRISON-2023")
                                .locale(java.util.Locale.forLanguageTag("lo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("ສົມມຸດສຳລັບການສາທິດ", -1)).as("three badges: signed on, validity, clauses").hasSize(4);
    }

    @Test
    void loadingTwiceAddsNothing() {
        var loader = new DemoAgreements(registry, agreements, node, seeding);
        OfficerContext.runUnauthenticated(loader::load);
        int count = registry.find(AgreementFilter.none()).size();
        OfficerContext.runUnauthenticated(loader::load);
        assertThat(registry.find(AgreementFilter.none())).hasSize(count);
    }
}
