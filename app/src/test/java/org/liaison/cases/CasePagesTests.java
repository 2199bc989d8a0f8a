package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@NodeTest
@WithOfficer(username = "la.officer", roles = "OFFICER", agency = "LA/MPS")
class CasePagesTests {

    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;
    CrimeCase drugCase;
    java.time.LocalDate today;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        today = cases.today();
        drugCase = cases.open(CaseMother.drugCase("LA/MPS", today));
        cases.addPerson(drugCase.id(), CaseMother.laoSuspect());
        cases.addSeizure(drugCase.id(), CaseMother.tablets("120000", today));
    }

    @Test
    void theListAnswersHtmxFiltersWithTheRowsOnlyAndCountsOnlyWhatTheOfficerSees() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString(drugCase.number()),
                        containsString("hx-target=\"#case-rows\""), containsString("/cases/new"))));
        mvc.perform(get("/cases").param("q", drugCase.number()).param("type", "DRUG_TRAFFICKING").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"case-rows\""), containsString(drugCase.number()),
                        containsString("1 cases in all"), not(containsString("<html")))));
        mvc.perform(get("/cases").param("q", drugCase.number()).param("type", "ILLEGAL_LOGGING").header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString(drugCase.number())), containsString("No case matches."))));
    }

    @Test
    void theCasePageShowsTheLaoNameBesideItsLatinFormAndTheSeizureInItsUnitInLao() throws Exception {
        mvc.perform(get("/cases/" + drugCase.id()).locale(Locale.forLanguageTag("lo"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ສົມພອນ ວົງສະຫວັນ"), containsString("120000 ເມັດ"),
                        containsString("ການຄ້າຢາເສບຕິດ"), containsString("ລາຍງານແລ້ວ"),
                        not(containsString("DRUG_TRAFFICKING</")), not(containsString(">REPORTED<")))));
    }

    @Test
    void anImpossibleSeizureIsExplainedInKhmerOnThePageAndNothingIsSaved() throws Exception {
        mvc.perform(post("/cases/" + drugCase.id() + "/seizures").with(csrf()).locale(Locale.forLanguageTag("km"))
                        .param("item", "METHAMPHETAMINE_TABLETS").param("quantity", "-3").param("unit", "TABLETS")
                        .param("seizedOn", today.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ត្រូវតែធំជាងសូន្យ។")));
        mvc.perform(post("/cases/" + drugCase.id() + "/seizures").with(csrf())
                        .param("item", "TIMBER").param("quantity", "3").param("unit", "TABLETS")
                        .param("seizedOn", today.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not saved: TIMBER is counted in [CUBIC_METRES], not TABLETS")));
        assertThat(asLao(() -> cases.file(drugCase.id()).seizures())).hasSize(1);
    }

    @Test
    void anOfficerOpensACaseThroughTheFormAndLandsOnIt() throws Exception {
        mvc.perform(post("/cases/new").with(csrf()).param("type", "ILLEGAL_BORDER_CROSSING")
                        .param("title", "Crossing at an unguarded point").param("summary", "Six people on a field path.")
                        .param("leadAgency", "LA/MPS").param("officers", "la.officer, la.analyst")
                        .param("province", "Champasak").param("unguarded", "true")
                        .param("occurredOn", today.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"));
        var opened = asLao(() -> cases.cases(new CaseFilter(CaseType.ILLEGAL_BORDER_CROSSING, null, null, "unguarded point")).getFirst());
        assertThat(opened.place().unguarded()).isTrue();
        assertThat(opened.details().officers()).containsExactly("la.officer", "la.analyst");
    }

    @Test
    void theApiAnswersBadInputAndCasesOutOfReachWithProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/cases").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "DRUG_TRAFFICKING", "title": "t", "summary": "s", "leadAgency": "LA/MPS",
                         "latitude": 123, "longitude": 10, "occurredOn": "%s"}""".formatted(today)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(post("/api/v1/cases/" + drugCase.id() + "/seizures").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"item": "WILDLIFE", "quantity": 2, "unit": "HEAD", "seizedOn": "%s"}""".formatted(today)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(content().string(containsString("species")));
        mvc.perform(get("/api/v1/cases/" + drugCase.id()).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(OfficerContext.authentication("kh.other", "KH/MOI", "OFFICER"))))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        assertThat(asLao(() -> cases.file(drugCase.id()).seizures())).hasSize(1);
    }

    @Test
    void theFormsToOpenEditAndShareRenderAndTheShareFormSaysWhyItCannotGoBeforeSending() throws Exception {
        mvc.perform(get("/cases/new").locale(Locale.forLanguageTag("km"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"leadAgency\""), containsString("value=\"LA/MPS\""),
                        containsString("Trapeang Kriel"), containsString("ការជួញដូរគ្រឿងញៀន"))));
        mvc.perform(get("/cases/" + drugCase.id() + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Methamphetamine in a truck"), containsString("Thala Barivat"))));
        mvc.perform(get("/cases/" + drugCase.id() + "/share")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("KH/MOI"), containsString("id=\"share-clearance\""),
                        containsString("Pick a partner and a purpose"), not(containsString("value=\"LA/SPPO\"")))));
        mvc.perform(get("/cases/" + drugCase.id() + "/share").param("recipient", "KH/MOI").param("purpose", "INVESTIGATION")
                        .param("parts", "SUMMARY").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cannot be shared"), containsString("disabled"),
                        not(containsString("<html")))));
        mvc.perform(post("/cases/" + drugCase.id() + "/share").with(csrf()).param("recipient", "KH/MOI")
                        .param("purpose", "INVESTIGATION").param("parts", "SUMMARY"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cannot be shared")));
        assertThat(asLao(() -> cases.file(drugCase.id()).shares())).isEmpty();
    }

    @Test
    void theStatisticsPageCountsPerTypeAndMonthInLao() throws Exception {
        mvc.perform(get("/cases/statistics").param("year", String.valueOf(today.getYear())).locale(Locale.forLanguageTag("lo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ສະຖິຕິຄະດີ"), containsString("ການຄ້າຢາເສບຕິດ"))));
        mvc.perform(get("/api/v1/cases/statistics").param("year", "1999"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    }

    @Test
    void aPartnerCaseIsListedForTheRecipientAgencyAndItsPageOffersToPassItOn() throws Exception {
        var id = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into partner_case (id, message_id, sender, recipient, case_number, offence, subject, body, received_at)
                values (?, ?, 'KH/MOI', 'LA/MPS', 'KH/MOI-2026-000007', 'WILDLIFE_CRIME', 'Case KH/MOI-2026-000007: pangolins',
                        'Seven pangolins seized.', now())""").params(id, java.util.UUID.randomUUID()).update();
        mvc.perform(get("/partner-cases").locale(Locale.forLanguageTag("lo"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Case KH/MOI-2026-000007: pangolins"),
                        containsString("ອາຊະຍາກຳສັດປ່າ"))));
        mvc.perform(get("/partner-cases/" + id)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Seven pangolins seized."), containsString("Pass it on"))));
        mvc.perform(get("/partner-cases/" + id).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(OfficerContext.authentication("vn.o", "VN/MPS", "OFFICER"))))
                .andExpect(status().isNotFound());
    }

    private static <T> T asLao(java.util.function.Supplier<T> work) {
        return OfficerContext.as("la.officer", "LA/MPS", "OFFICER", work);
    }

    @Test
    void theSearchPageFindsTheLaoSuspectByHisLatinNameInLao() throws Exception {
        mvc.perform(get("/cases/search").param("q", "Somphone Vongsavanh").locale(Locale.forLanguageTag("lo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(drugCase.number()), containsString("ບຸກຄົນ"),
                        not(containsString(">PERSON<")))));
        mvc.perform(get("/cases/search").param("q", "x").header("HX-Request", "true").locale(Locale.forLanguageTag("lo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2 ຫາ 200")));
    }
}
