package org.liaison.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** An officer chooses on My account the zone their times show in; none chosen means the node's. */
@NodeTest
class AccountTimeZoneTests {

    @Autowired Officers officers;
    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
        if (officers.findByUsername("zone.chooser").isEmpty()) {
            officers.insert(Officer.create("zone.chooser", "Zone Chooser", null, "KH/MOI", Set.of(Role.OFFICER), "x",
                    Instant.now()));
        }
    }

    @Test
    @WithOfficer(username = "zone.chooser")
    void offersTheRegionsZonesInTheOfficersLanguageWithTheNodesAsDefault() throws Exception {
        mvc.perform(get("/account").param("lang", "lo"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ເຂດເວລາຂອງໂນດ: ພະນົມເປັນ (UTC+7)"),
                        containsString("value=\"Asia/Vientiane\""), containsString("ວຽງຈັນ (UTC+7)"))));
    }

    @Test
    @WithOfficer(username = "zone.chooser")
    void keepsTheChoiceAndForgetsItWhenTheNodesIsChosenAgain() throws Exception {
        mvc.perform(post("/account/zone").with(csrf()).param("zone", "UTC"))
                .andExpect(redirectedUrl("/account"));
        assertThat(officers.findByUsername("zone.chooser").orElseThrow().zone()).isEqualTo(ZoneId.of("UTC"));
        mvc.perform(post("/account/zone").with(csrf()).param("zone", ""))
                .andExpect(redirectedUrl("/account"));
        assertThat(officers.findByUsername("zone.chooser").orElseThrow().zone()).isNull();
    }

    @Test
    @WithOfficer(username = "zone.chooser")
    void refusesAZoneOutsideTheRegionsChoices() throws Exception {
        mvc.perform(post("/account/zone").with(csrf()).param("zone", "Europe/Paris"))
                .andExpect(status().isBadRequest());
    }
}
