package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Lao prosecutors' office's pages: the dashboard counts a request received and past its deadline as overdue,
 * in Lao; a request without a legal basis the registry knows is refused with the reason in the officer's language
 * and nothing is kept; analysts and administrators do not follow mutual legal assistance at all.
 */
@NodeTest
class AssistancePagesTests {

    @Autowired JdbcClient jdbc;
    MockMvc mvc;
    UUID overdue;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        overdue = UUID.randomUUID();
        jdbc.sql("""
                insert into legal_assistance (id, outgoing, office, partner, kind, agreement, article, subject, description,
                    deadline, status, message_id, partner_reference, created_by, created_at)
                values (?, false, 'LA/SPPO', 'KH/SPO', 'SERVE_DOCUMENTS', 'KH-LA-PROS-2024', '5', ?, 'Serve the summons',
                    current_date - 3, 'PENDING', ?, ?, 'node:KH/SPO', ?)""")
                .params(overdue, "Summons " + overdue, UUID.randomUUID(), UUID.randomUUID(), OffsetDateTime.now()).update();
    }

    @Test
    void theDashboardCountsARequestPastItsDeadlineAsOverdueInLao() throws Exception {
        mvc.perform(get("/assistance").locale(Locale.forLanguageTag("lo")).with(as("la.prosecutor", "LA/SPPO", "PROSECUTOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Summons " + overdue), containsString("ເກີນກຳນົດ"),
                        containsString("ສົ່ງເອກະສານ"), containsString("ໄດ້ຮັບແລ້ວ"), not(containsString("SERVE_DOCUMENTS")))));
        mvc.perform(get("/assistance/" + overdue).locale(Locale.forLanguageTag("lo")).with(as("la.prosecutor", "LA/SPPO", "PROSECUTOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ຕອບຄຳຮ້ອງຂໍ"), containsString("KH-LA-PROS-2024 ມາດຕາ 5"))));
        mvc.perform(get("/api/v1/assistance/desks").with(as("la.prosecutor", "LA/SPPO", "PROSECUTOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.partner == 'KH/SPO')].overdue",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
    }

    @Test
    void onlyTheOfficesProsecutorsAndTheInvestigatorsTheyNameSeeARequest() throws Exception {
        mvc.perform(get("/assistance/" + overdue).with(as("la.officer", "LA/MPS", "OFFICER"))).andExpect(status().isNotFound());
        mvc.perform(get("/assistance").with(as("la.analyst", "LA/MPS", "ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assistance/" + overdue).with(as("la.admin", "LA/MPS", "ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assistance/" + overdue).with(as("kh.prosecutor", "KH/SPO", "PROSECUTOR"))).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/assistance/" + overdue + "/investigators").with(csrf()).with(as("la.prosecutor", "LA/SPPO", "PROSECUTOR"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"investigators\":[\"la.officer\"]}")).andExpect(status().isOk());
        mvc.perform(get("/assistance/" + overdue).with(as("la.officer", "LA/MPS", "OFFICER")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/answer"))));
        mvc.perform(post("/api/v1/assistance/" + overdue + "/answer").with(csrf()).with(as("la.officer", "LA/MPS", "OFFICER"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"EXECUTED\",\"text\":\"done\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRequestWithoutALegalBasisIsRefusedInTheOfficersLanguageAndNothingIsKept() throws Exception {
        var before = rows();
        mvc.perform(post("/assistance/new").with(csrf()).locale(Locale.forLanguageTag("km")).with(as("kh.prosecutor", "KH/SPO", "PROSECUTOR"))
                        .param("office", "KH/SPO").param("partner", "LA/SPPO").param("kind", "HEAR_WITNESS")
                        .param("agreement", "KH-LA-NONE-2024").param("article", "5").param("subject", "Hear the driver")
                        .param("description", "Hear him").param("deadline", OfficerContext.as("t", "KH/SPO", "PROSECUTOR",
                                () -> java.time.LocalDate.now().plusDays(20)).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("បញ្ជីកិច្ចព្រមព្រៀងមិនមានកិច្ចព្រមព្រៀង KH-LA-NONE-2024")));
        mvc.perform(post("/assistance/new").with(csrf()).locale(Locale.forLanguageTag("km")).with(as("kh.prosecutor", "KH/SPO", "PROSECUTOR"))
                        .param("office", "KH/SPO").param("partner", "LA/SPPO").param("deadline", "not a date"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("class=\"error\"")));
        mvc.perform(post("/api/v1/assistance").with(csrf()).with(as("kh.prosecutor", "KH/SPO", "PROSECUTOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"office":"KH/SPO","partner":"LA/SPPO","kind":"HEAR_WITNESS","agreement":"KH-LA-PROS-2024",
                                 "article":"5","subject":"s","description":"d","deadline":"2020-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("deadline")));
        mvc.perform(post("/api/v1/assistance").with(csrf()).with(as("kh.officer", "KH/SPO", "OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"office":"KH/SPO","partner":"LA/SPPO","kind":"HEAR_WITNESS","agreement":"KH-LA-PROS-2024",
                                 "article":"5","subject":"s","description":"d","deadline":"2099-01-01"}"""))
                .andExpect(status().isForbidden());
        assertThat(rows()).isEqualTo(before);
    }

    private long rows() {
        return jdbc.sql("select count(*) from legal_assistance").query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user, String agency, String role) {
        return authentication(OfficerContext.authentication(user, agency, role));
    }
}
