package org.liaison.border;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The pass pages: the application form takes an application, the approved pass prints its QR code with labels in
 * Khmer and Lao, the verification page carries the trust bundle, and the API answers a forged token and bad input.
 */
@NodeTest
@WithOfficer(username = "kh.border", roles = { "BORDER_OFFICER" }, agency = "KH/MOI/GDI")
class PassPagesTests {

    @Autowired Directory directory;
    @Autowired BorderPasses passes;
    MockMvc mvc;
    long checkpoint;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
        checkpoint = directory.checkpoints("KH", "LA").getFirst().id();
    }

    @Test
    void theFormTakesAnApplicationAndLeadsToThePass() throws Exception {
        mvc.perform(get("/border/passes")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"residence\"")));

        mvc.perform(multipart("/border/passes").with(csrf()).param("surname", "Sok").param("givenNames", "Dara")
                        .param("nationality", "KHM").param("residence", "Siem Pang").param("purposes", "TRADE")
                        .param("checkpoints", String.valueOf(checkpoint))
                        .param("validFrom", LocalDate.now().toString())
                        .param("validUntil", LocalDate.now().plusMonths(2).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/border/passes/*"));
    }

    @Test
    void aPassForTwoYearsIsRefusedInTheOfficersLanguage() throws Exception {
        mvc.perform(multipart("/border/passes").with(csrf()).locale(Locale.forLanguageTag("km")).param("surname", "Sok")
                        .param("nationality", "KHM").param("residence", "Siem Pang").param("purposes", "TRADE")
                        .param("checkpoints", String.valueOf(checkpoint)).param("validFrom", LocalDate.now().toString())
                        .param("validUntil", LocalDate.now().plusYears(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("លិខិតឆ្លងដែនមានសុពលភាពយ៉ាងច្រើនមួយឆ្នាំ")));
    }

    @Test
    void anApprovedPassPrintsItsQrCodeWithKhmerAndLaoLabels() throws Exception {
        var today = LocalDate.now();
        var applied = OfficerContext.as("kh.other", "KH/MOI/GDI", "BORDER_OFFICER", () -> passes.apply(
                new PassApplication("Sok", "Dara", "សុខ ដារា", null, "KHM", "Siem Pang", List.of(Purpose.TRADE),
                        List.of(checkpoint), today, today.plusMonths(1)), null));
        mvc.perform(post("/border/passes/" + applied.id() + "/approve").with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/border/passes/" + applied.id()).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"pass-qr\""), containsString("lang=\"km\""),
                        containsString("lang=\"lo\""), containsString("ບັດຜ່ານແດນ"), containsString("LP1:"))));
    }

    @Test
    void theVerificationPageCarriesTheKeysAndItsOwnScript() throws Exception {
        mvc.perform(get("/border/verify")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-trust="), containsString("publicJwk"),
                        containsString("/js/pass-verify.js"))));
    }

    @Test
    void theApiCallsAForgedTokenForgedAndRefusesAMissingCheckpoint() throws Exception {
        mvc.perform(post("/api/v1/border/passes/verify").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"LP1:ABC\", \"checkpoint\": " + checkpoint + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("FORGED"));
        mvc.perform(post("/api/v1/border/passes/verify").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\": \"LP1:ABC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
