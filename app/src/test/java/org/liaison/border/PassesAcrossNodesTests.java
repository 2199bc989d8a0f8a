package org.liaison.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.Browsers;
import org.liaison.OfficerContext;
import org.liaison.directory.Directory;
import org.liaison.exchange.FederationNode;
import org.liaison.exchange.TwoNodes;
import org.liaison.node.ThisNode;

/**
 * A Lao border officer verifies Cambodian-issued passes in Chromium with the network cut after the verification
 * page loaded (issue 18, ADR 0016): every request the page would make is blocked and recorded, and none is needed.
 * The Cambodian node (Ed25519) signs the passes; the Lao node (ES256) received Cambodia's signed revocation list
 * through the exchange; the browser checks the pass's and the list's signatures itself with Web Crypto.
 */
class PassesAcrossNodesTests {

    private static final String PASSWORD = "federation-test-password";
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
    void aLaoOfficerVerifiesCambodianPassesOfflineValidRevokedForgedAndAtTheWrongCheckpoint() throws Exception {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var checkpoints = kh.bean(Directory.class).checkpoints("KH", "LA");
        long checkpoint = checkpoints.getFirst().id();
        long elsewhere = la.bean(Directory.class).checkpoints("LA", "VN").getFirst().id();
        var valid = issue(kh, checkpoint);
        var revoked = issue(kh, checkpoint);
        OfficerContext.as("kh.chief", "KH/MOI/GDI", "BORDER_OFFICER",
                () -> kh.bean(BorderPasses.class).revoke(revoked.id(), "reported stolen"));
        var khNode = kh.bean(ThisNode.class).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> la.db().sql(
                "select count(*) from border_revocation_list where node_id = ? and jws is not null").param(khNode)
                .query(Long.class).single() == 1);
        assertThat(la.bean(Directory.class).checkpoint(checkpoint)).isPresent();

        try (var context = browser.newContext(); var page = context.newPage()) {
            Browsers.signIn(page, la.baseUrl(), la.bean(ThisNode.class).dataDir(), "la.border", PASSWORD);
            page.navigate(la.baseUrl() + "/border/verify?lang=lo");
            // the browser asks for the tab's icon on its own after the load event: the cut comes once it is quiet
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            var requested = new CopyOnWriteArrayList<String>();
            context.route("**/*", route -> {
                requested.add(route.request().url());
                route.abort();
            });
            context.setOffline(true);

            assertThat(verify(page, valid.token(), checkpoint)).isEqualTo("VALID");
            assertThat(page.locator("#verify-result").textContent()).contains("ໃຊ້ໄດ້").contains("ສຸກ ດາຣາ");
            double ms = Double.parseDouble(page.locator("#verify-time").getAttribute("data-ms"));
            assertThat(verify(page, revoked.token(), checkpoint)).isEqualTo("REVOKED");
            assertThat(verify(page, valid.token(), elsewhere)).isEqualTo("WRONG_CHECKPOINT");
            assertThat(verify(page, tampered(valid.token()), checkpoint)).isEqualTo("FORGED");
            Browsers.accessible(page, "pass verification");
            assertThat(requested).as("requests after the page loaded").isEmpty();
            System.out.printf("in-browser pass verification (Chromium, first valid token incl. key import): %.2f ms%n", ms);
        }
    }

    private static String verify(Page page, String token, long checkpoint) {
        page.locator("#verify-checkpoint").selectOption(String.valueOf(checkpoint));
        page.locator("#verify-token").fill(token);
        page.locator("#verify-result").evaluate("e => e.replaceChildren()");
        page.locator("#verify-button").click();
        return page.locator("#verify-result article").getAttribute("data-verdict");
    }

    /** The same pass with one Base45 character of the compressed claims changed. */
    private static String tampered(String token) {
        int at = token.length() / 2;
        char c = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + c + token.substring(at + 1);
    }

    private static Pass issue(FederationNode kh, long checkpoint) {
        var today = LocalDate.now();
        var application = new PassApplication("Souk", "Dara", "ສຸກ ດາຣາ", LocalDate.of(1988, 2, 3), "KHM",
                "Stung Treng", List.of(Purpose.FAMILY_VISIT, Purpose.TRADITIONAL_CEREMONY), List.of(checkpoint),
                today.minusDays(1), today.plusMonths(3));
        var passes = kh.bean(BorderPasses.class);
        var applied = OfficerContext.as("kh.border", "KH/MOI/GDI", "BORDER_OFFICER", () -> passes.apply(application, null));
        return OfficerContext.as("kh.chief", "KH/MOI/GDI", "BORDER_OFFICER", () -> passes.approve(applied.id()));
    }
}
