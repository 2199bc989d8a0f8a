package org.liaison.audit.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.liaison.WithOfficer;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Built by hand rather than with {@code @AutoConfigureMockMvc} so all audit tests share one context. */
@NodeTest
class AuditPagesTests {

    @Autowired WebApplicationContext context;
    @Autowired AuditTrail trail;
    @Autowired PlatformTransactionManager transactions;
    MockMvc mvc;
    String subject;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        subject = "agency:" + UUID.randomUUID();
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> trail.record(AuditAction.AGENCY_CREATED, subject, "created by the test"));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void showsTheLogWithItsFilters() throws Exception {
        mvc.perform(get("/audit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<form class=\"filters\"")))
                .andExpect(content().string(containsString(subject)));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void answersHtmxWithTheFilteredRowsOnly() throws Exception {
        mvc.perform(get("/audit").param("text", subject).param("action", "AGENCY_CREATED").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-results\"")))
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/audit").param("text", subject).param("action", "USER_CREATED").header("HX-Request", "true"))
                .andExpect(content().string(not(containsString(subject))));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void showsActionsTranslatedAndGroupedByModuleAndPartnersAsTheirNode() throws Exception {
        var node = "agency:" + UUID.randomUUID();
        var anonymous = "agency:" + UUID.randomUUID();
        trail.recordFor("node:LA-1", null, AuditAction.MESSAGE_REJECTED, node, Outcome.DENIED, "from a partner");
        trail.recordFor("anonymousUser", null, AuditAction.MESSAGE_REJECTED, anonymous, Outcome.DENIED, "before the fix");
        mvc.perform(get("/audit").param("lang", "lo"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<optgroup label=\"ຂໍ້ຄວາມ ແລະ ສະຫະພັນ\">"),
                        containsString("ເພີ່ມອົງການ"), containsString("ໂນດຄູ່ຮ່ວມມື LA-1"),
                        containsString("ໂນດຄູ່ຮ່ວມມື (ບໍ່ໄດ້ບັນທຶກ)"), not(containsString(">AGENCY_CREATED<")),
                        not(containsString(">anonymousUser<")))));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void explainsAReversedDateRangeNextToTheField() throws Exception {
        mvc.perform(get("/audit").param("from", "2025-03-02").param("to", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end date is before the start date.")));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void verifiesOnRequestAndShowsTheResult() throws Exception {
        mvc.perform(post("/audit/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("badge ok")))
                .andExpect(content().string(containsString("Entries checked")));
        mvc.perform(post("/audit/verify").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void signsACheckpointOnRequestAndListsIt() throws Exception {
        mvc.perform(post("/audit/checkpoints").with(csrf()))
                .andExpect(redirectedUrl("/audit/verify"))
                .andExpect(flash().attribute("flash", "audit.checkpoint.signed"));
        mvc.perform(get("/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Signed checkpoints")))
                .andExpect(content().string(not(containsString("No checkpoint has been signed yet."))));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void refusesAVerificationWithoutCsrfToken() throws Exception {
        mvc.perform(post("/audit/verify")).andExpect(status().isForbidden());
    }

    @Test
    @WithOfficer(roles = "OFFICER")
    void refusesOfficersWhoAreNotAdministrators() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(csrf())).andExpect(status().isForbidden());
    }
}
