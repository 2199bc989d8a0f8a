package org.liaison.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The start page names the signed-in officer and offers screening only to those who may screen. */
@NodeTest
class HomePageTests {

    private static final String SCREENING_CARD = "Screen travellers against the alerts of your agency";

    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    @WithOfficer(username = "kh.border", roles = "BORDER_OFFICER", agency = "KH/MOI/GDI")
    void aBorderOfficerIsGreetedByNameAndOfferedScreening() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Welcome, Test Officer"), containsString("KH/MOI/GDI"),
                        containsString(SCREENING_CARD))));
    }

    @Test
    @WithOfficer(username = "kh.prosecutor", roles = "PROSECUTOR", agency = "KH/MOJ")
    void aProsecutorIsNotOfferedScreening() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Welcome, Test Officer"), not(containsString(SCREENING_CARD)))));
    }
}
