package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.Browsers;
import org.liaison.exchange.FederationNode;
import org.liaison.exchange.TwoNodes;
import org.liaison.node.ThisNode;

/**
 * The screening demo across two real nodes in Chromium: a Cambodian border officer screens a traveller whose
 * passport name matches the Lao-script alert the Lao node shared, confirms the hit, and the Lao node shows the
 * report on its alert. Every page visited passes axe-core without serious violations.
 */
class ScreeningJourneyTests {

    private static final String PASSWORD = "federation-test-password";
    /** The Lao node's demo arrest warrant, written in Lao script only. */
    private static final String LAO_NAME = "ສົມສັກ ແກ້ວວົງສາ";
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @Test
    void aKhmerBorderOfficerConfirmsAHitOnALaoAlertAndLaosSeesTheReport() throws Exception {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        try (var khContext = browser.newContext(); var khPage = khContext.newPage();
             var laContext = browser.newContext(); var laPage = laContext.newPage()) {
            signIn(khPage, kh, "kh.border");
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                khPage.navigate(kh.baseUrl() + "/screening/alerts?own=false&notice=WANTED_FOR_ARREST");
                return khPage.getByText(LAO_NAME, new Page.GetByTextOptions().setExact(false)).count() > 0;
            });
            accessible(khPage, "partner alerts");

            khPage.navigate(kh.baseUrl() + "/screening");
            accessible(khPage, "screening form");
            khPage.getByLabel("Name (any script, any order)").fill("KEOVONGSA SOMSAK");
            khPage.getByLabel("Date of birth").fill("1984-03-17");
            khPage.getByLabel("Nationality").fill("LA");
            khPage.locator("details.more summary").click();
            khPage.getByLabel("Checkpoint").fill("Dong Kralor");
            khPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Screen")).click();
            var card = khPage.locator("article.match").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(LAO_NAME));
            card.waitFor();
            assertThat(card.textContent()).contains("LA/MPS").contains("romanized from Lao").contains("Wanted for arrest");
            accessible(khPage, "screening result");
            Browsers.screenshot(khPage, "screening-hit");

            card.getByLabel("What was found (to confirm)").fill("Passport P2084417; traveller held at the counter");
            card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Confirm: same person")).click();
            khPage.getByText("Notified, awaiting reply").waitFor();
            var hit = card.getAttribute("id").substring("match-".length());
            screenshotsInKhmerAndLao(kh, khPage, hit);

            signIn(laPage, la, "la.officer");
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                laPage.navigate(la.baseUrl() + "/screening/alerts?own=true&notice=WANTED_FOR_ARREST");
                laPage.locator("a", new Page.LocatorOptions().setHasText(LAO_NAME)).first().click();
                return laPage.getByText("KH/MOI/GDI").count() > 0;
            });
            assertThat(laPage.locator("table.data").textContent()).contains("Dong Kralor");
            accessible(laPage, "alert with reported hit");
        }
    }

    /**
     * The pages docs/screenshots shows in Khmer and Lao: the hit, the message that told the issuing agency, the
     * messages list on a tablet and the audit log (as the administrator). Each is the screen as an officer sees it
     * (not the whole scrolled page), small enough for the repository; copy them from target/screenshots.
     */
    private static void screenshotsInKhmerAndLao(FederationNode kh, Page page, String hit) throws Exception {
        try (var adminContext = browser.newContext(); var admin = adminContext.newPage()) {
            signIn(admin, kh, "kh.admin");
            for (var language : List.of("km", "lo")) {
                page.setViewportSize(1366, 768);
                page.navigate(kh.baseUrl() + "/screening/hits/" + hit + "?lang=" + language);
                screen(page, "hit-detail-" + language);
                page.navigate(kh.baseUrl() + page.locator("main a[href^='/messages/']").first().getAttribute("href"));
                screen(page, "hit-message-" + language);
                page.setViewportSize(768, 1024);
                page.navigate(kh.baseUrl() + "/messages");
                screen(page, "messages-tablet-" + language);
                admin.setViewportSize(1366, 768);
                admin.navigate(kh.baseUrl() + "/audit?lang=" + language);
                screen(admin, "audit-log-" + language);
            }
        }
    }

    private static void screen(Page page, String name) throws Exception {
        page.evaluate("document.fonts.ready");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(name.substring(name.length() - 2));
        var file = Path.of("target/screenshots/" + name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        assertThat(Files.size(file)).as(name).isLessThan(300_000);
    }

    private static void signIn(Page page, FederationNode node, String username) throws Exception {
        Browsers.signIn(page, node.baseUrl(), node.bean(ThisNode.class).dataDir(), username, PASSWORD);
    }

    private static void accessible(Page page, String name) {
        Browsers.accessible(page, name);
    }
}
