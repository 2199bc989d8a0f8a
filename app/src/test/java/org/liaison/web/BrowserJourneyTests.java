package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Real journeys in Debian's Chromium against a node on a random port, with axe-core checks of every page
 * visited: no serious or critical accessibility violation is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = { "liaison.demo.enabled=true", "liaison.demo.password=browser-test-password" })
class BrowserJourneyTests {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired org.liaison.node.ThisNode node;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

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
            page.getByLabel("Six-digit code or recovery code").fill(Totp.code(secretOf("kh.border"), Instant.now()));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();

            assertThat(page.locator("h1").textContent()).contains("ពៅ រតនា");
            accessible(page, "home");

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("ខ្មែរ")).click();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("km");
            assertThat(page.locator("h1").textContent()).startsWith("សូមស្វាគមន៍");
            accessible(page, "home-km");

            page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("ម៉ឺនុយមេ"))
                    .getByRole(com.microsoft.playwright.options.AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("បញ្ជីឈ្មោះ"))
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

    private String secretOf(String username) throws Exception {
        var logins = java.nio.file.Files.readAllLines(node.dataDir().resolve("demo-logins.txt"));
        return logins.stream().filter(l -> l.startsWith(username + " ")).findFirst().orElseThrow().trim().split("\\s+")[3];
    }

    private void accessible(Page page, String name) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).limit(3).toList())
                .toList();
        assertThat(serious).as("accessibility of " + name).isEmpty();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
