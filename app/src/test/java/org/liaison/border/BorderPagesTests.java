package org.liaison.border;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The crossing desk's page and htmx paths, and the API's problem+json for a crossing in the future. */
@NodeTest
@WithOfficer(username = "kh.border", roles = { "BORDER_OFFICER" }, agency = "KH/MOI/GDI")
class BorderPagesTests {

    @Autowired Directory directory;
    MockMvc mvc;
    long checkpoint;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
        checkpoint = directory.checkpoints("KH", "LA").getFirst().id();
    }

    @Test
    void aPastedZoneIsAnsweredWithTheFilledFormAndTheScreeningInPlace() throws Exception {
        mvc.perform(get("/border/crossings")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("name=\"mrz\""))));

        mvc.perform(post("/border/crossings/check").with(csrf()).header("HX-Request", "true")
                        .param("checkpoint", String.valueOf(checkpoint)).param("direction", "ENTRY")
                        .param("purpose", "TRADE")
                        .param("mrz", MrzMother.passport("VONGSA", "BOUNMY", "LA9988776", "LAO", "800101", 'M', "310101")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("value=\"VONGSA\""),
                        containsString("id=\"check\""))));
    }

    @Test
    void aMalformedZoneIsRefusedInTheOfficersLanguage() throws Exception {
        mvc.perform(post("/border/crossings/check").with(csrf()).header("HX-Request", "true")
                        .locale(java.util.Locale.forLanguageTag("vi")).param("checkpoint", String.valueOf(checkpoint))
                        .param("direction", "ENTRY").param("purpose", "TRADE").param("mrz", "P<LAOVONGSA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MRZ có 2 dòng 44 ký tự")));
    }

    @Test
    void theApiRefusesACrossingInTheFutureAsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/border/crossings").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"checkpoint": %d, "direction": "ENTRY", "purpose": "WORK",
                                 "crossedAt": "2999-01-01T08:00:00", "surname": "VONGSA", "documentNumber": "LA1"}
                                """.formatted(checkpoint)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("before it happens")));
    }
}
