package org.liaison.screening;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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

/** The statistics tables carry their chart: the table marks itself for charts.js and keeps the numbers as text. */
@NodeTest
@WithOfficer(username = "stats.analyst", roles = "ANALYST", agency = "KH/MOI")
class StatisticsChartsTests {

    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    void theStatisticsPageChartsItsTablesFromTheirOwnCells() throws Exception {
        mvc.perform(get("/screening/statistics").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"stats-by-notice\""),
                        containsString("data-chart=\"bars\""), containsString("data-value=\"0\""),
                        containsString("/webjars/uplot/dist/uPlot.iife.min.js"), containsString("/js/charts.js"),
                        containsString("Confirmed hits by notice"))));
    }

    @Test
    void uPlotIsServedFromTheWebjar() throws Exception {
        mvc.perform(get("/webjars/uplot/dist/uPlot.iife.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/charts.js")).andExpect(status().isOk());
    }
}
