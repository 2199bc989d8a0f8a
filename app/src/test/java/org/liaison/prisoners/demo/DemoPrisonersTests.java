package org.liaison.prisoners.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.audit.AuditTrail;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.liaison.prisoners.AssumedForDemo;
import org.liaison.prisoners.PlanEntry.Standing;
import org.liaison.prisoners.PlanId;
import org.liaison.prisoners.Prisoners;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.liaison.prisoners.transfer.PlanStore;
import org.liaison.prisoners.transfer.RulesStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 000 on the Cambodian node: the Lao and Thai prisoners, the plan before Khmer New Year, each prisoner's
 * standing against it, every assumption marked, and a second start that adds nothing.
 */
@NodeTest
class DemoPrisonersTests {

    @Autowired PrisonerRecords records;
    @Autowired RulesStore rules;
    @Autowired PlanStore plans;
    @Autowired Seeding seeding;
    @Autowired ThisNode node;
    @Autowired AuditTrail audit;
    @Autowired Prisoners prisoners;

    @Test
    void loadsThePlanBeforeKhmerNewYearOnceWithEveryAssumptionMarked() {
        var demo = new DemoPrisoners(records, rules, plans, seeding, node, audit);
        OfficerContext.runUnauthenticated(demo::load);
        OfficerContext.runUnauthenticated(demo::load);

        var planId = new PlanId(DemoPrisoners.id("plan/lao-new-year"));
        var progress = OfficerContext.as("kh.prison", "KH/MOI/GDP", "PRISON_OFFICER", () -> prisoners.plan(planId));
        assertThat(progress.plan().assumptions()).startsWith(AssumedForDemo.MARK);
        assertThat(progress.plan().deadline()).hasToString("2027-04-14");
        assertThat(progress.entries()).hasSize(4).allSatisfy(e -> {
            assertThat(e.prisoner().nationality()).isEqualTo("LA");
            assertThat(e.prisoner().facility()).contains(AssumedForDemo.MARK);
            assertThat(e.prisoner().offences().getFirst().description()).contains(AssumedForDemo.MARK);
            assertThat(e.prisoner().health()).isNull();
        });
        assertThat(progress.entries()).extracting(e -> e.standing()).contains(Standing.NOT_ELIGIBLE, Standing.NO_CASE);
        assertThat(progress.blocking()).isEqualTo(4);
        var thai = OfficerContext.as("kh.prison", "KH/MOI/GDP", "PRISON_OFFICER", () -> prisoners.prisoners("TH", null));
        assertThat(thai).extracting(p -> p.name()).contains("Somchai Srisuk", "Malee Thongdee");
        assertThat(rules.find(DemoPrisoners.PRISON_MOU, "LA")).contains(DemoPrisoners.laoRules());
    }
}
