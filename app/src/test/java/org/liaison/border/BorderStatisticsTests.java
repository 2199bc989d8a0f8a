package org.liaison.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.web.context.WebApplicationContext;

/**
 * The border's statistics (issue 18): crossings counted by checkpoint, purpose and hour for the caller's agencies
 * only; passes issued and used; a holder of this node's pass who left and was not back when it ended is on the
 * day's overstayers list; the CSV export says it in the officer's language.
 */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorderStatisticsTests {

    private static final String AGENCY = "KH/S" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @Autowired BorderCrossings crossings;
    @Autowired BorderPasses passes;
    @Autowired BorderStatistics statistics;
    @Autowired Directory directory;
    @Autowired JdbcClient db;
    @Autowired WebApplicationContext context;

    private long checkpoint;
    private Pass pass;

    private static <T> T as(String officer, Supplier<T> work) {
        return OfficerContext.as(officer, AGENCY, "BORDER_OFFICER", work);
    }

    @BeforeAll
    void threeCrossingsAndAHolderWhoLeftAndStayedAbroad() {
        checkpoint = directory.checkpoints("KH", "LA").getFirst().id();
        var today = LocalDate.now();
        var applied = as("taker", () -> passes.apply(new PassApplication("Chan", "Sophal", null, null, "KHM", "Siem Pang",
                List.of(Purpose.TRADE), List.of(checkpoint), today, today.plusMonths(1)), null));
        pass = as("approver", () -> passes.approve(applied.id()));
        var at = LocalDateTime.now().minusDays(2).withHour(7).withMinute(15);
        for (var purpose : List.of(Purpose.TRADE, Purpose.TRADE, Purpose.MEDICAL_TREATMENT)) {
            as("desk", () -> crossings.record(new CrossingDraft(checkpoint, Direction.ENTRY, purpose, at, "KEO", "MALY",
                    null, "LAO", null, null, "LA" + UUID.randomUUID().toString().substring(0, 6), null, null, null, null,
                    null), Crossing.Source.FORM));
        }
        as("desk", () -> crossings.record(new CrossingDraft(checkpoint, Direction.EXIT, Purpose.TRADE, at, "CHAN",
                "SOPHAL", null, "KHM", null, null, pass.number(), null, null, null, null, null), Crossing.Source.FORM));
        // the pass ended yesterday: moved back in the table, as time would have
        db.sql("update border_pass set valid_from = current_date - 30, valid_until = current_date - 1 where id = ?")
                .param(pass.id()).update();
    }

    @Test
    void crossingsAreCountedByCheckpointPurposeAndHourForTheCallersAgenciesOnly() {
        var today = LocalDate.now();
        var tables = as("desk", () -> statistics.crossings(today.minusDays(7), today));

        assertThat(tables.get("checkpoint")).containsExactly(new Tally(String.valueOf(checkpoint), 4));
        assertThat(tables.get("purpose")).contains(new Tally("TRADE", 3), new Tally("MEDICAL_TREATMENT", 1));
        assertThat(tables.get("hour")).containsExactly(new Tally("7", 4));
        assertThat(OfficerContext.as("other", "KH/S0THER", "BORDER_OFFICER",
                () -> statistics.crossings(today.minusDays(7), today)).get("checkpoint")).isEmpty();
    }

    @Test
    void aHolderAbroadAfterThePassEndedIsOnTodaysListAndThePassCountsAsUsed() {
        assertThat(as("desk", () -> statistics.overstays())).singleElement()
                .satisfies(o -> assertThat(o.pass()).isEqualTo(pass.number()))
                .satisfies(o -> assertThat(o.checkpoint()).isEqualTo(checkpoint));
        assertThat(as("desk", () -> statistics.passes())).contains(new Tally("APPROVED", 1), new Tally("USED", 1));
    }

    @Test
    void theCsvExportSaysItInTheOfficersLanguage() throws Exception {
        var mvc = MockMvcs.withSecurity(context);
        mvc.perform(get("/border/statistics.csv").locale(java.util.Locale.forLanguageTag("lo"))
                        .with(SecurityMockMvcRequestPostProcessors.authentication(
                                OfficerContext.authentication("desk", AGENCY, "BORDER_OFFICER"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ຕາມຈຸດປະສົງ"), containsString("\"4\""))));
        mvc.perform(get("/border/statistics").with(SecurityMockMvcRequestPostProcessors.authentication(
                        OfficerContext.authentication("desk", AGENCY, "BORDER_OFFICER"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(pass.number())));
        mvc.perform(get("/border/statistics.xlsx").with(SecurityMockMvcRequestPostProcessors.authentication(
                        OfficerContext.authentication("desk", AGENCY, "BORDER_OFFICER"))))
                .andExpect(status().isOk());
    }
}
