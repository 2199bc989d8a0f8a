package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Totp;
import org.liaison.node.ThisNode;

/**
 * The demo journey across two real nodes in Chromium: a Cambodian border officer asks the Lao Ministry of
 * Public Security about a drug-trafficking incident, a Lao officer reads and answers, and the Cambodian node
 * shows the signed receipt and the reply. Every page visited passes axe-core without serious violations.
 */
class FederationJourneyTests {

    private static Playwright playwright;
    private static Browser browser;

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
    void aKhmerBorderOfficerAsksLaosAndSeesTheSignedReceiptAndTheReply() throws Exception {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var subject = "Methamphetamine convoy near Dong Kralor " + Instant.now().toEpochMilli();
        try (var khContext = browser.newContext(); var khPage = khContext.newPage();
             var laContext = browser.newContext(); var laPage = laContext.newPage()) {
            signIn(khPage, kh, "kh.border");
            khPage.navigate(kh.baseUrl() + "/messages/new");
            accessible(khPage, "compose");
            khPage.getByLabel("To").selectOption("LA/MPS");
            khPage.getByLabel("Kind").selectOption("REQUEST");
            khPage.getByLabel("Category").selectOption("DRUG_TRAFFICKING_INFORMATION");
            khPage.getByLabel("Purpose").selectOption("INVESTIGATION");
            khPage.getByLabel("Subject").fill(subject);
            khPage.getByLabel("Message", new Page.GetByLabelOptions().setExact(true))
                    .fill("Two pickups crossed at night with methamphetamine tablets. Please share what you know of plate 2AB-1234.");
            khPage.getByLabel("Reply by").fill(LocalDate.now().plusDays(7).toString());
            khPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            assertThat(khPage.locator("h1").textContent()).isEqualTo(subject);
            var messagePage = khPage.url();

            signIn(laPage, la, "la.officer");
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                laPage.navigate(la.baseUrl() + "/messages?box=in");
                return laPage.getByText(subject).count() > 0;
            });
            accessible(laPage, "inbox");
            laPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject)).click();
            accessible(laPage, "message");
            laPage.getByLabel("Message", new Page.GetByLabelOptions().setExact(true))
                    .fill("Plate 2AB-1234 is registered in Champasak; the owner is known to us. Details follow.");
            laPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
            assertThat(laPage.locator("h1").textContent()).isEqualTo("Re: " + subject);

            await().atMost(Duration.ofSeconds(30)).until(() -> {
                khPage.navigate(messagePage);
                return khPage.getByText("Answered").count() > 0;
            });
            assertThat(khPage.getByText("Receipt verified").count()).isPositive();
            assertThat(khPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Re: " + subject)).count()).isPositive();
            accessible(khPage, "answered");
        }
    }

    private static void signIn(Page page, FederationNode node, String username) throws Exception {
        page.navigate(node.baseUrl() + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("federation-test-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("Six-digit code or recovery code").fill(Totp.code(secretOf(node, username), Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private static String secretOf(FederationNode node, String username) throws Exception {
        var logins = Files.readAllLines(node.bean(ThisNode.class).dataDir().resolve("demo-logins.txt"));
        return logins.stream().filter(l -> l.startsWith(username + " ")).findFirst().orElseThrow().trim().split("\\s+")[3];
    }

    private static void accessible(Page page, String name) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).limit(3).toList())
                .toList();
        assertThat(serious).as("accessibility of " + name).isEmpty();
    }
}
