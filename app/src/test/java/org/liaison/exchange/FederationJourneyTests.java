package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.Browsers;
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
        browser = Browsers.chromium(playwright);
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
        Browsers.signIn(page, node.baseUrl(), node.bean(ThisNode.class).dataDir(), username, "federation-test-password");
    }

    private static void accessible(Page page, String name) {
        Browsers.accessible(page, name);
    }
}
