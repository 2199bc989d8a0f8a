package org.liaison.exchange;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The message pages on a lone node (no partner node): pages, fragments and friendly refusals. Refusals write to
 * an agency no agreement names (other test classes sharing this context may register agreements with Laos).
 */
@NodeTest
@WithOfficer(username = "kh.border", agency = "KH/MOI", roles = "BORDER_OFFICER")
class MessagePagesTests {

    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    void listsMessagesAsAPageAndAsRowsForHtmx() throws Exception {
        mvc.perform(get("/messages")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Messages</h1>"), containsString("Write a message"))));
        mvc.perform(get("/messages").param("box", "in").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("message-rows"), not(containsString("<h1>")))));
    }

    @Test
    void showsTheComposeFormInKhmer() throws Exception {
        mvc.perform(get("/messages/new").param("lang", "km")).andExpect(status().isOk())
                .andExpect(content().string(containsString("សរសេរសារ")));
    }

    @Test
    void asksForAReplyByDateBesideTheFieldOfARequest() throws Exception {
        mvc.perform(post("/messages/new").with(csrf()).param("recipient", "LA/MPS").param("kind", "REQUEST")
                        .param("category", "DRUG_TRAFFICKING_INFORMATION").param("purpose", "INVESTIGATION")
                        .param("subject", "Convoy").param("body", "Details"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A request needs a reply-by date.")));
    }

    @Test
    void explainsWithoutAStackTraceWhyNoAgreementAllowsTheMessage() throws Exception {
        mvc.perform(post("/messages/new").with(csrf()).param("recipient", "MM/MOHA").param("kind", "NOTIFICATION")
                        .param("category", "DRUG_TRAFFICKING_INFORMATION").param("purpose", "INVESTIGATION")
                        .param("subject", "Convoy").param("body", "Details"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not sent: no agreement in force allows your agency"),
                        containsString("sharing clause between KH/MOI and MM/MOHA."), not(containsString("Exception")))));
    }

    @Test
    void saysWhyNoAgreementAllowsTheMessageInTheOfficersLanguage() throws Exception {
        mvc.perform(post("/messages/new").with(csrf()).param("lang", "km").param("recipient", "MM/MOHA")
                        .param("kind", "NOTIFICATION").param("category", "DRUG_TRAFFICKING_INFORMATION")
                        .param("purpose", "INVESTIGATION").param("subject", "Convoy").param("body", "Details"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("មានប្រការចែករំលែករវាង KH/MOI និង MM/MOHA ទេ។"),
                        not(containsString("no agreement")), not(containsString("sharing clause")))));
    }

    @Test
    @WithOfficer(username = "kh.admin", agency = "KH/MOI", roles = "ADMIN")
    void showsAnAdministratorTheKeysAndTheSignedExport() throws Exception {
        mvc.perform(get("/admin/exchange")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This node’s signing keys"), containsString("Active (signs)"),
                        containsString("<td>Ed25519</td>"))));
        mvc.perform(get("/admin/exchange/rejections")).andExpect(status().isOk());
    }

    @Test
    void theApiRefusesWhatNoAgreementAllowsWithProblemJsonAndTheReason() throws Exception {
        mvc.perform(post("/api/v1/messages").with(csrf()).contentType("application/json").content("""
                        {"recipient": "MM/MOHA", "kind": "NOTIFICATION", "category": "DRUG_TRAFFICKING_INFORMATION",
                         "purpose": "INVESTIGATION", "payload": {"subject": "Convoy", "body": "Details"}}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("no agreement allows sending DRUG_TRAFFICKING_INFORMATION")))
                .andExpect(jsonPath("$.why").value("AGREEMENTS")).andExpect(jsonPath("$.reason").value("NO_AGREEMENT"));
    }

    @Test
    void theApiAnswersAnIncompleteMessageWith400ProblemJson() throws Exception {
        mvc.perform(post("/api/v1/messages").with(csrf()).contentType("application/json").content("{\"recipient\": \"nowhere\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void keepsOfficersOutOfTheFederationAdministration() throws Exception {
        mvc.perform(get("/admin/exchange")).andExpect(status().isForbidden());
    }
}
