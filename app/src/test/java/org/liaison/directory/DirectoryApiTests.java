package org.liaison.directory;

import org.liaison.MockMvcs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.liaison.WithOfficer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@NodeTest
@WithOfficer(roles = "OFFICER")
class DirectoryApiTests {

    MockMvc mvc;
    @Autowired Directory directory;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    void returnsAnAgencyByItsHierarchicalIdInThePath() throws Exception {
        mvc.perform(get("/api/v1/agencies/KH/MOI/GDP"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("KH/MOI/GDP"))
                .andExpect(jsonPath("$.nativeName").value("អគ្គនាយកដ្ឋានពន្ធនាគារ"))
                .andExpect(jsonPath("$.head.name").value("Chhorn Sanath"));
    }

    @Test
    void answersNotFoundProblemForAnUnknownAgency() throws Exception {
        mvc.perform(get("/api/v1/agencies/KH/NOSUCH"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersBadRequestProblemForAMalformedAgencyId() throws Exception {
        mvc.perform(get("/api/v1/agencies/kh-moi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void filtersAgenciesByCountryAndType() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("country", "LA").param("type", "PROSECUTION"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value("LA/SPPO"))
                .andExpect(jsonPath("$[0].head.name").value("Xaysana Khodphouthone"));
    }

    @Test
    void filtersCheckpointsByCountryPairInEitherOrder() throws Exception {
        mvc.perform(get("/api/v1/checkpoints").param("country", "VN").param("partner", "LA"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[*].a.country", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo("LA"))));
    }

    @Test
    void listsCountriesAndNodes() throws Exception {
        mvc.perform(get("/api/v1/countries")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'KH')].nativeName").value("កម្ពុជា"));
        mvc.perform(get("/api/v1/nodes")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].publicJwk", containsString("\"use\":\"sig\"")));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void rejectsAnOversizedAgencyNameWithProblemAndWritesNothing() throws Exception {
        var body = """
                {"id":"KH/MOI/HUGE","type":"POLICE","name":"%s"}""".formatted("x".repeat(10_240));
        mvc.perform(post("/api/v1/agencies").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        assertThat(directory.agency(AgencyId.of("KH/MOI/HUGE"))).isEmpty();
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void rejectsMalformedJsonAndUnknownEnumsWithProblem() throws Exception {
        for (var body : new String[] { "{\"id\":", "{\"id\":\"KH/MOI/X1\",\"type\":\"SPIES\",\"name\":\"x\"}" }) {
            mvc.perform(post("/api/v1/agencies").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void administratorCreatesAContactPoint() throws Exception {
        var body = """
                {"agency":"VN/MPS/IMM","name":"Api test desk","kind":"DESK_24_7","phone":"+000 84 000",
                 "email":"api-test@example.invalid","languages":"vi, en","hours":"24/7"}""";
        mvc.perform(post("/api/v1/contact-points").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agency").value("VN/MPS/IMM"))
                .andExpect(jsonPath("$.languages[1]").value("en"));
    }

    @Test
    void refusesChangesToOfficersWithForbiddenProblem() throws Exception {
        var body = """
                {"id":"KH/MOI/OFFICER","type":"POLICE","name":"Not allowed"}""";
        mvc.perform(post("/api/v1/agencies").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(directory.agency(AgencyId.of("KH/MOI/OFFICER"))).isEmpty();
    }
}
