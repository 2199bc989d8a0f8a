package org.liaison.web.search;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.agreements.AgreementMother;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.screening.AlertMother;
import org.liaison.screening.Screening;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The header's search finds agreements and alerts, and nothing of another agency's that the officer may not see. */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTests {

    @Autowired AgreementRegistry agreements;
    @Autowired Screening screening;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;

    @BeforeAll
    void recordsToFind() {
        OfficerContext.as("srch.secretary", "KH/MOI", "COMMITTEE_SECRETARY",
                () -> agreements.register(AgreementMother.draft("T-SRCH-1", "KH/MOI", "LA/MPS")));
        OfficerContext.as("srch.officer", "KH/MOI", "OFFICER",
                () -> screening.issue(AlertMother.person("Quixotic Zanzibar"), null));
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into exchange_message (id, direction, conversation_id, kind, category, purpose, sender_node,
                    sender_agency, recipient_node, recipient_agency, subject, clause, handling, sent_at,
                    idempotency_key, envelope, envelope_sha256, status, created_by, created_at)
                values (?, 'IN', ?, 'NOTIFICATION', 'BORDER_INCIDENT', 'INVESTIGATION', 'LA-1', 'LA/MPS', 'KH-1',
                    'KH/MOJ', 'Quixotic Zanzibar sighting', 'T-1 art. 1', 'TLP:RED', ?, ?, 'e', ?, 'RECEIVED',
                    'node:LA-1', ?)""")
                .params(id, id, now, id.toString(), "0".repeat(64), now).update();
    }

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    @WithOfficer(username = "srch.reader", roles = "OFFICER", agency = "KH/MOI/GDI")
    void findsAnAgreementByItsCodeAndAnAlertByName() throws Exception {
        mvc.perform(get("/search").param("q", "t-srch").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Agreements"), containsString("/agreements/T-SRCH-1"))));
        mvc.perform(get("/search").param("q", "zanzibar").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Alerts"), containsString("/screening/alerts/"))));
    }

    @Test
    @WithOfficer(username = "srch.reader", roles = "OFFICER", agency = "KH/MOI/GDI")
    void doesNotFindAnotherAgencysMessage() throws Exception {
        mvc.perform(get("/search").param("q", "zanzibar sighting").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Quixotic Zanzibar sighting")),
                        not(containsString("/messages/")))));
    }

    @Test
    @WithOfficer(username = "srch.prosecutor", roles = "PROSECUTOR", agency = "KH/MOJ")
    void theRecipientAgencyFindsItsMessageButNoAlertsWithoutScreening() throws Exception {
        mvc.perform(get("/search").param("q", "zanzibar").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quixotic Zanzibar sighting"),
                        not(containsString("/screening/alerts/")))));
    }

    @Test
    @WithOfficer(username = "srch.reader", roles = "OFFICER", agency = "KH/MOI/GDI")
    void tooShortAQueryAsksNothing() throws Exception {
        mvc.perform(get("/search").param("q", "ab").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("at least three characters")));
    }
}
