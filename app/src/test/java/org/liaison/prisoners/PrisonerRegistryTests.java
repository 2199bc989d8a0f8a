package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The registry on a whole node (embedded PostgreSQL): a Cambodian prison officer records a Lao prisoner through the
 * API, the record's health data is shown to the prison's officers only, every view is audited, eligibility follows
 * the agreement's rules, and the case walks the configured chain, where Laos's step (no Lao node here) is recorded
 * by hand and a ministry decides its own step.
 */
@NodeTest
class PrisonerRegistryTests {

    static final Authentication PRISON = OfficerContext.authentication("gdp.officer", "KH/MOI/GDP", "PRISON_OFFICER");
    static final Authentication ADMIN = OfficerContext.authentication("kh.admin", "KH/MOI", "ADMIN");
    static final Authentication JUSTICE = OfficerContext.authentication("moj.officer", "KH/MOJ", "OFFICER");
    static final Authentication OTHER_PRISON = OfficerContext.authentication("gdi.prison", "KH/MOI/GDI", "PRISON_OFFICER");

    @Autowired AgreementRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    MockMvc mvc;
    AgreementId agreement;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        agreement = AgreementId.of("T-PRI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> registry.register(new AgreementDraft(agreement,
                AgreementKind.MOU, "Test prison MoU " + agreement, null, false,
                List.of(Party.of("KH/MOI/GDP"), Party.of("LA/MPS/PRI")), null, null, null, null, null, null,
                "Asia/Phnom_Penh", java.util.Set.of(CooperationArea.PRISONS), null)));
    }

    @Test
    void aPrisonOfficerRecordsALaoPrisonerWhoseCaseWalksTheChainToApproval() throws Exception {
        var rules = new TransferRules(agreement, "LA", 6, true, true, true, false, List.of(AgencyId.of("KH/MOI/GDP"),
                AgencyId.of("KH/MOJ"), AgencyId.of("LA/MPS/PRI")));
        mvc.perform(put("/api/v1/prisoners/rules").with(authentication(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(rules)))
                .andExpect(status().isOk());

        var id = register(PRISON, draft("LA", "KH/MOI/GDP"));
        mvc.perform(get("/api/v1/prisoners/" + id).with(authentication(PRISON)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.health").value("Asthma"))
                .andExpect(jsonPath("$.sentence.startedOn").value("2024-01-15"));
        mvc.perform(get("/api/v1/prisoners/" + id).with(authentication(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.health").doesNotExist())
                .andExpect(jsonPath("$.healthShown").value(false));
        assertThat(views(id)).isEqualTo(2);

        mvc.perform(get("/api/v1/prisoners/" + id + "/eligibility").with(authentication(PRISON)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].findings.length()").value(5))
                .andExpect(jsonPath("$[0].findings[0].outcome").value("MET"));
        var transfer = json.readTree(mvc.perform(post("/api/v1/prisoners/" + id + "/transfers")
                .param("agreement", agreement.value()).with(authentication(PRISON)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();

        decide(JUSTICE, transfer, 1, "APPROVE").andExpect(status().isForbidden());
        decide(PRISON, transfer, 1, "APPROVE").andExpect(status().isOk());
        decide(PRISON, transfer, 2, "APPROVE").andExpect(status().isForbidden());
        decide(JUSTICE, transfer, 2, "APPROVE").andExpect(status().isOk());
        decide(JUSTICE, transfer, 2, "APPROVE").andExpect(status().isConflict());
        // Laos runs no node in this test: the holding prison records the Lao answer by hand
        decide(PRISON, transfer, 3, "APPROVE").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TRANSFER_STEP_DECIDED' and subject = ?")
                .param("transfer:" + transfer).query(Long.class).single()).isEqualTo(3);

        mvc.perform(get("/prisoners/transfers/" + transfer).with(authentication(JUSTICE)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Approved")))
                .andExpect(content().string(not(containsString("Asthma"))));
    }

    @Test
    void aStepRefusedWithReasonsClosesTheCaseAndAThaiPrisonerIsNotEligibleForLaos() throws Exception {
        var rules = new TransferRules(agreement, "LA", 6, true, true, true, false, List.of(AgencyId.of("KH/MOI/GDP"),
                AgencyId.of("KH/MOJ")));
        OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> prisoners.setTransferRules(rules));
        var lao = register(PRISON, draft("LA", "KH/MOI/GDP"));
        var thai = register(PRISON, draft("TH", "KH/MOI/GDP"));
        mvc.perform(post("/api/v1/prisoners/" + thai + "/transfers").param("agreement", agreement.value())
                .with(authentication(PRISON)).with(csrf())).andExpect(status().isBadRequest());
        var transfer = json.readTree(mvc.perform(post("/api/v1/prisoners/" + lao + "/transfers")
                .param("agreement", agreement.value()).with(authentication(PRISON)).with(csrf()))
                .andReturn().getResponse().getContentAsString()).get("id").asText();
        decide(PRISON, transfer, 1, "APPROVE").andExpect(status().isOk());
        mvc.perform(post("/api/v1/prisoners/transfers/" + transfer + "/steps/2").with(authentication(JUSTICE)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REFUSE\",\"note\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/prisoners/transfers/" + transfer + "/steps/2").with(authentication(JUSTICE)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REFUSE\",\"note\":\"Fine unpaid\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
    }

    @Test
    void aPrisonOfficerOfAnotherAdministrationIsToldTheRecordDoesNotExist() throws Exception {
        var id = register(PRISON, draft("LA", "KH/MOI/GDP"));
        mvc.perform(get("/api/v1/prisoners/" + id).with(authentication(OTHER_PRISON))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/prisoners").with(authentication(OTHER_PRISON))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get("/api/v1/prisoners/" + id).with(authentication(JUSTICE))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsAProblemAndNothingIsWritten() throws Exception {
        var before = jdbc.sql("select count(*) from prisoner").query(Long.class).single();
        var bad = draft("LAO", "KH/MOI/GDP");
        mvc.perform(post("/api/v1/prisoners").with(authentication(PRISON)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(bad)))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        var zeroLength = json.writeValueAsString(draft("LA", "KH/MOI/GDP")).replace("\"lengthYears\":5", "\"lengthYears\":0");
        mvc.perform(post("/api/v1/prisoners").with(authentication(PRISON)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(zeroLength))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from prisoner").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void thePagesListShowAndEditARecordInKhmerAndLao() throws Exception {
        var id = register(PRISON, draft("LA", "KH/MOI/GDP"));
        mvc.perform(get("/prisoners").with(authentication(PRISON))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phonsavanh Keomany")));
        mvc.perform(get("/prisoners/" + id).locale(java.util.Locale.forLanguageTag("km")).with(authentication(PRISON))).andExpect(status().isOk())
                .andExpect(content().string(containsString("កំណត់ត្រាអ្នកទោស")))
                .andExpect(content().string(containsString("Asthma")));
        mvc.perform(get("/prisoners/" + id + "/edit").locale(java.util.Locale.forLanguageTag("lo")).with(authentication(PRISON)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ແກ້ໄຂບັນທຶກ")));
        mvc.perform(post("/prisoners/new").with(authentication(PRISON)).with(csrf()).param("name", "X")
                .param("nationality", "LA")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Required.")));
        mvc.perform(post("/prisoners/rules").with(authentication(ADMIN)).with(csrf()).param("agreement", agreement.value())
                .param("receivingCountry", "LA").param("minimumMonthsLeft", "12").param("consentRequired", "on")
                .param("chain", "KH/MOI/GDP, KH/MOJ")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/prisoners/rules").with(authentication(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("At least 12 months left to serve")));
        mvc.perform(get("/prisoners/" + id).with(authentication(PRISON))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Open a transfer case")));
        mvc.perform(get("/prisoners/plans").with(authentication(PRISON))).andExpect(status().isOk());
    }

    @Autowired Prisoners prisoners;

    private String register(Authentication who, PrisonerDraft draft) throws Exception {
        var body = mvc.perform(post("/api/v1/prisoners").with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(draft)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asText();
    }

    private org.springframework.test.web.servlet.ResultActions decide(Authentication who, String transfer, int step,
                                                                       String decision) throws Exception {
        return mvc.perform(post("/api/v1/prisoners/transfers/" + transfer + "/steps/" + step).with(authentication(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"" + decision + "\"}"));
    }

    private long views(String id) {
        return jdbc.sql("select count(*) from audit_entry where action = 'PRISONER_VIEWED' and subject = ?")
                .param("prisoner:" + id).query(Long.class).single();
    }

    static PrisonerDraft draft(String nationality, String administration) {
        return new PrisonerDraft(administration, "Correctional Centre 1", "Phonsavanh Keomany", "ພອນສະຫວັນ ແກ້ວມະນີ", "lo",
                nationality, Sex.MALE, java.time.LocalDate.of(1988, 7, 2),
                List.of(new IdentityDocument("Passport", "P1234567", "LA")),
                List.of(new Offence("Drug trafficking", "Law on Drug Control", "40")), java.time.LocalDate.of(2024, 1, 15),
                5, 0, 0, 0, 0, 0, 30, null, null, true, false, Consent.GIVEN, false, null, null, "Asthma", null);
    }
}
