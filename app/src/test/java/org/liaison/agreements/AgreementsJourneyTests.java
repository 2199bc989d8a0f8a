package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.liaison.BrowserTest;

/**
 * A committee secretary registers an agreement with a sharing clause, brings it into force, and sees the
 * policy simulator allow what the clause covers and deny what it does not.
 */
class AgreementsJourneyTests extends BrowserTest {

    @Test
    void aSecretaryRegistersAnAgreementWithAClauseAndTheSimulatorAllowsAndDenies() throws Exception {
        try (var context = browser.newContext(); var page = context.newPage()) {
            signIn(page, "kh.secretary");

            page.navigate(url("/agreements"));
            assertThat(page.content()).contains("KH-LA-SEC-2026").contains("KH-LA-PRISON-2023");
            accessible(page, "agreements");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register an agreement")).click();
            accessible(page, "agreement-form");
            page.getByLabel("Reference").fill("KH-LA-TRAIN-2026");
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("MoU on border statistics training");
            page.locator("#parties").selectOption(new String[] { "KH/MOI", "LA/MPS" });
            page.getByLabel("Or the year it covers").fill("2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.url()).endsWith("/agreements/KH-LA-TRAIN-2026");

            page.locator("summary").filter(new Locator.FilterOptions().setHasText("Add a clause")).click();
            page.getByLabel("Article").fill("1");
            page.locator("#from").selectOption("KH/MOI");
            page.locator("#to").selectOption("LA/MPS");
            page.locator("#clause-categories").selectOption("CROSSING_STATISTICS");
            page.locator("#clause-purposes").selectOption("CAPACITY_BUILDING");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a clause")).last().click();
            assertThat(page.locator("table.data").first().textContent()).contains("KH/MOI ↔ LA/MPS");
            for (var status : new String[] { "SIGNED", "IN_FORCE" }) {
                page.locator("#status").selectOption(status);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status")).click();
            }
            assertThat(page.locator("h1").textContent()).contains("In force");
            accessible(page, "agreement-detail");
            screenshot(page, "agreement-detail");

            page.navigate(url("/agreements/policy"));
            decide(page, "CAPACITY_BUILDING");
            PlaywrightAssertions.assertThat(page.locator("#decision")).containsText("KH-LA-TRAIN-2026 art. 1");
            assertThat(page.locator("#decision").textContent()).contains("Allowed");
            accessible(page, "policy-allowed");
            screenshot(page, "policy-simulator");
            decide(page, "PROSECUTION");
            PlaywrightAssertions.assertThat(page.locator("#decision")).containsText("Denied");
        }
    }

    private static void decide(Page page, String purpose) {
        page.locator("#sender").selectOption("KH/MOI/GDP");
        page.locator("#recipient").selectOption("LA/MPS");
        page.locator("#category").selectOption("CROSSING_STATISTICS");
        page.locator("#purpose").selectOption(purpose);
        page.locator("#at").fill("2026-06-01T10:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decide")).click();
    }
}
