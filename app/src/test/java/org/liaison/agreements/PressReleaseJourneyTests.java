package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.liaison.BrowserTest;
import org.liaison.agreements.pressrelease.PressReleaseReaderTests;

/**
 * A committee secretary of the Cambodian Ministry of Interior pastes each of the five seed articles and registers
 * what was read: each ends in a registered draft or a message saying why, with the pasted text still in the box;
 * releases about instruments the demo has registered (the prison MoU, the 2022 security MoU, the prosecutors' MoU
 * of 2024, the tax agreement) are warned as duplicates; the ministerial meeting of seed 004 becomes a draft. (That a
 * secretary who is no party is told so is shown by {@code PressReleaseRegistrationTests}.)
 */
class PressReleaseJourneyTests extends BrowserTest {

    @Test
    void eachSeedLeadsToADraftOrAClearMessageWithoutLosingTheText() throws Exception {
        try (var context = browser.newContext(); var page = context.newPage()) {
            signIn(page, "kh.secretary");

            assertThat(register(page, "000_", "2023-12-06")).contains("already registered").contains("KH-LA-PRISON-2023");
            assertThat(register(page, "001_", "2022-01-20")).contains("already registered").contains("KH-LA-SEC-2022");
            assertThat(register(page, "002_", null)).contains("already registered").contains("KH-LA-PROS-2024");
            assertThat(register(page, "003_", null)).contains("already registered").contains("KH-LA-DTA-2024");
            accessible(page, "press-release-duplicate");
            assertThat(register(page, "004_", "2023-03-06")).isEqualTo("registered");
        }
    }

    /** Pastes a seed, reads it, registers the suggested draft; answers the message shown, or "registered". */
    private String register(Page page, String seed, @Nullable String published) {
        var text = PressReleaseReaderTests.seed(seed);
        page.navigate(url("/agreements/extract"));
        page.locator("#text").fill(text);
        if (published != null) {
            page.locator("#published").fill(published);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register as a draft")).click();
        if (page.url().matches(".*/agreements/[A-Z0-9-]+$")) {
            return "registered";
        }
        assertThat(page.locator("#text").inputValue()).as("the pasted text of " + seed).isEqualTo(text.replace("\r", ""));
        return page.locator("#register").textContent();
    }
}
