package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.liaison.directory.AgencyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The plan form: a Cambodian prison officer picks the agreement's rules, sees the Lao candidates of the registry
 * with their eligibility (the eligible ones ticked), saves the plan with its deadline, then changes it.
 */
@NodeTest
class PlanPagesTests {

    static final Authentication PRISON = OfficerContext.authentication("gdp.planner", "KH/MOI/GDP", "PRISON_OFFICER");

    @Autowired AgreementRegistry registry;
    @Autowired Prisoners prisoners;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;
    AgreementId agreement;
    Prisoner eligible;
    Prisoner pending;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        agreement = AgreementId.of("T-PLN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> {
            registry.register(new AgreementDraft(agreement, AgreementKind.MOU, "Test plan MoU " + agreement, null, false,
                    List.of(Party.of("KH/MOI/GDP"), Party.of("LA/MPS/PRI")), null, null, null, null, null, null,
                    "Asia/Phnom_Penh", java.util.Set.of(CooperationArea.PRISONS), null));
            return prisoners.setTransferRules(new TransferRules(agreement, "LA", 6, true, true, false, false,
                    List.of(AgencyId.of("KH/MOI/GDP"), AgencyId.of("LA/MPS/PRI"))));
        });
        eligible = register("Planned Eligible " + agreement, false);
        pending = register("Planned Pending " + agreement, true);
    }

    @Test
    void theOfficerPicksTheRulesSeesTheCandidatesAndSavesThenChangesThePlan() throws Exception {
        var rules = agreement + ":LA";
        var form = mvc.perform(get("/prisoners/plans/new").param("rules", rules).with(authentication(PRISON)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains(eligible.name(), pending.name(), "Eligible", "Not eligible")
                .contains("value=\"" + eligible.id() + "\" checked=\"checked\"").doesNotContain("value=\"" + pending.id() + "\" checked");

        var saved = mvc.perform(post("/prisoners/plans/new").with(authentication(PRISON)).with(csrf())
                        .param("rules", rules).param("title", "Before the rains").param("deadline", "2027-05-01")
                        .param("prisoners", eligible.id().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var plan = PlanId.parse(saved.substring(saved.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from prisoner_plan_member where plan_id = ?").param(plan.value())
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/prisoners/plans/" + plan + "/edit").with(authentication(PRISON)).with(csrf())
                        .param("rules", rules).param("title", "Before the rains").param("deadline", "2027-06-01")
                        .param("prisoners", eligible.id().toString(), pending.id().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/prisoners/plans/" + plan).with(authentication(PRISON))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(pending.name())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/prisoners/plans/" + plan + "/papers")));
        assertThat(jdbc.sql("select deadline from prisoner_plan where id = ?").param(plan.value())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REPATRIATION_PLAN_UPDATED' and subject = ?")
                .param("plan:" + plan).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPlanWithoutADeadlineIsShownAgainWithTheMessage() throws Exception {
        var page = mvc.perform(post("/prisoners/plans/new").with(authentication(PRISON)).with(csrf())
                        .param("rules", agreement + ":LA").param("title", "No date"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Required.");
    }

    private Prisoner register(String name, boolean pendingProceedings) {
        return OfficerContext.as("gdp.planner", "KH/MOI/GDP", "PRISON_OFFICER", () -> prisoners.register(
                new PrisonerDraft("KH/MOI/GDP", "Correctional Centre 2", name, null, null, "LA", Sex.FEMALE,
                        LocalDate.of(1990, 1, 1), List.of(), List.of(new Offence("Drug trafficking", "Law on Drug Control", "40")),
                        LocalDate.of(2024, 1, 1), 6, 0, 0, 0, 0, 0, 0, null, null, true, pendingProceedings, Consent.GIVEN,
                        false, null, null, null, null)));
    }
}
