package org.liaison.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The home dashboard and the navigation's counts, per role, counting only what the officer's reach covers:
 * KH/DASH has two unread messages, its neighbour KH/DASHX (whose id merely starts the same) three.
 */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests {

    @Autowired JdbcClient jdbc;
    MockMvc mvc;

    @BeforeAll
    void twoAgenciesHaveMessages() {
        var now = Instant.now();
        ExchangeRows.incoming(jdbc, "KH/DASH", "NOTIFICATION", "Dash one", null, null);
        ExchangeRows.incoming(jdbc, "KH/DASH", "REQUEST", "Dash overdue request", null, now.minus(Duration.ofDays(1)));
        ExchangeRows.incoming(jdbc, "KH/DASH", "NOTIFICATION", "Dash already read", now, null);
        for (int i = 0; i < 3; i++) {
            ExchangeRows.incoming(jdbc, "KH/DASHX", "NOTIFICATION", "Neighbour " + i, null, null);
        }
    }

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    @WithOfficer(username = "dash.officer", roles = "OFFICER", agency = "KH/DASH")
    void anOfficerSeesTheirInboxScreeningPartnersAndVolumesWithoutTheNeighboursMessages() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 unread messages"), not(containsString("5 unread")),
                        containsString("1 requests overdue"), containsString("id=\"card-screening\""),
                        containsString("id=\"card-partners\""), containsString("data-chart=\"bars\""),
                        containsString("Border incident"), containsString("/js/charts.js"),
                        containsString("hx-get=\"/home/cards/inbox\""))));
    }

    @Test
    @WithOfficer(username = "dash.analyst", roles = "ANALYST", agency = "KH/DASH")
    void anAnalystSeesTheScreeningCard() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"card-screening\""), containsString("new hits on your agency"))));
    }

    @Test
    @WithOfficer(username = "dash.prosecutor", roles = "PROSECUTOR", agency = "KH/DASH")
    void aProsecutorSeesTheInboxButNoScreeningCard() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"card-inbox\""), containsString("2 unread messages"),
                        not(containsString("id=\"card-screening\"")))));
    }

    @Test
    @WithOfficer(username = "dash.neighbour", roles = "OFFICER", agency = "KH/DASHX")
    void theNeighbourCountsOnlyItsOwn() throws Exception {
        mvc.perform(get("/home/cards/inbox").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("3 unread messages"))));
    }

    @Test
    @WithOfficer(username = "dash.officer", roles = "OFFICER", agency = "KH/DASH")
    void theBadgeFragmentSwapsTheCountsIntoTheNavigation() throws Exception {
        mvc.perform(get("/shell/badges").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"badge-messages\""),
                        containsString("hx-swap-oob=\"innerHTML\""), containsString("2 unread"),
                        not(containsString("5 unread")))));
    }

    @Test
    @WithOfficer(username = "dash.officer", roles = "OFFICER", agency = "KH/DASH")
    void everyPageHasTheBadgePollerAndTheSearchBox() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("hx-get=\"/shell/badges\""),
                        containsString("hx-trigger=\"load, every 30s\""), containsString("aria-live=\"polite\""),
                        containsString("role=\"search\""))));
    }
}
