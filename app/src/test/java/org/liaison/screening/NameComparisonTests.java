package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@NodeTest
@WithOfficer(username = "kh.officer", roles = { "OFFICER", "BORDER_OFFICER" }, agency = "KH/MOI")
class NameComparisonTests {

    @Autowired JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    void theApiComparesTwoNamesInDifferentScriptsAndSaysWhyAndAuditsIt() throws Exception {
        long before = comparisons();
        mvc.perform(post("/api/v1/screening/compare").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"first": "毛泽东", "second": "Mao Zedong"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.possibleMatch").value(true))
                .andExpect(jsonPath("$.factors[0].how").value("TRANSLITERATED"))
                .andExpect(jsonPath("$.factors[0].compared").value(containsString("Han-Latin")));
        assertThat(comparisons()).isEqualTo(before + 1);
    }

    @Test
    void theApiRefusesAPairWithAMissingNameWithAProblem() throws Exception {
        mvc.perform(post("/api/v1/screening/compare").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"first": "Sok Dara", "second": "  "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    }

    @Test
    void thePageShowsTheScoreAndTheExplanationInTheOfficersLanguage() throws Exception {
        mvc.perform(get("/screening/compare")).andExpect(status().isOk());
        mvc.perform(post("/screening/compare").with(csrf()).header("HX-Request", "true")
                        .locale(Locale.forLanguageTag("km")).param("first", "Golden Lotus Co., Ltd.")
                        .param("second", "Golden Lotus Company Limited").param("kind", "ORGANISATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("អាចត្រូវគ្នា")));
        mvc.perform(post("/screening/compare").with(csrf()).header("HX-Request", "true")
                        .locale(Locale.forLanguageTag("vi")).param("first", "Sok Dara"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập cả hai tên")));
    }

    private long comparisons() {
        return jdbc.sql("select count(*) from audit_entry where action = 'NAMES_COMPARED'").query(Long.class).single();
    }
}
