package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.liaison.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real journeys in Debian's Chromium against a node on a random port, with axe-core checks of every page
 * visited: no serious or critical accessibility violation is allowed.
 */
class BrowserJourneyTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anOfficerSignsInWithAnAuthenticatorCodeSwitchesToKhmerAndBrowsesTheDirectory() throws Exception {
        try (var context = browser.newContext(); var page = context.newPage()) {
            page.navigate(url("/"));
            assertThat(page.url()).endsWith("/login");
            accessible(page, "login");
            screenshot(page, "login-en");

            page.getByLabel("Username").fill("kh.border");
            page.getByLabel("Password").fill("browser-test-password");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page.url()).endsWith("/login/mfa");
            accessible(page, "mfa");
            page.getByLabel("Six-digit code or recovery code").fill(freshCode("kh.border"));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();

            assertThat(page.locator("h1").textContent()).contains("ពៅ រតនា");
            accessible(page, "home");

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("ខ្មែរ")).click();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("km");
            assertThat(page.locator("h1").textContent()).startsWith("សូមស្វាគមន៍");
            accessible(page, "home-km");

            page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("ម៉ឺនុយមេ"))
                    .getByRole(com.microsoft.playwright.options.AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("សៀវភៅទំនាក់ទំនង"))
                    .click();
            assertThat(page.url()).endsWith("/directory");
            accessible(page, "directory-km");

            page.navigate(url("/directory/agencies"));
            assertThat(page.content()).contains("ក្រសួងមហាផ្ទៃ").contains("KH/MOI/GDP");
            accessible(page, "agencies-km");
            screenshot(page, "directory-km");

            page.navigate(url("/directory/checkpoints"));
            assertThat(page.content()).contains("Trapeang Kriel").contains("Bavet");
            accessible(page, "checkpoints-km");

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("ລາວ")).click();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("lo");
            accessible(page, "directory-lo");
            screenshot(page, "directory-lo");
        }
    }

    @Test
    void theLoginPageRendersInEveryLanguageWithoutAccessibilityViolations() {
        try (var context = browser.newContext(); var page = context.newPage()) {
            for (var language : List.of("km", "lo", "vi")) {
                page.navigate(url("/login?lang=" + language));
                assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
                assertThat(page.locator("h1").textContent()).doesNotContain("Sign in to Liaison");
                accessible(page, "login-" + language);
                screenshot(page, "login-" + language);
            }
        }
    }
}
