package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.liaison.identity.signin.Totp;

/** What every browser journey does: start Debian's Chromium, sign a demo officer in, check accessibility. */
public final class Browsers {

    private Browsers() {
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /**
     * Signs a demo officer of the node at {@code baseUrl} in with the password and a fresh authenticator code
     * read from the node's {@code demo-logins.txt}; lands on the home page, in English.
     */
    public static void signIn(Page page, String baseUrl, Path dataDir, String username, String password) throws Exception {
        page.navigate(baseUrl + "/login?lang=en");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("Six-digit code or recovery code").fill(freshCode(dataDir, username));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.url()).doesNotContain("/login");
    }

    /** The steps of codes already used per officer: a node refuses a code's step twice (replay), so wait for the next. */
    private static final Map<String, Long> USED_STEPS = new ConcurrentHashMap<>();

    /**
     * A code for a step this officer has not used yet in this test JVM: the node refuses a replayed code, and two
     * tests that sign the same demo officer in within one 30-second step would otherwise meet that refusal.
     */
    public static synchronized String freshCode(Path dataDir, String username) throws Exception {
        var key = dataDir.toAbsolutePath() + "/" + username;
        var used = USED_STEPS.getOrDefault(key, -1L);
        await().atMost(Duration.ofSeconds(35))
                .pollInterval(Duration.ofMillis(200)).until(() -> Instant.now().getEpochSecond() / 30 > used);
        var now = Instant.now();
        USED_STEPS.put(key, now.getEpochSecond() / 30);
        return Totp.code(secretOf(dataDir, username), now);
    }

    private static String secretOf(Path dataDir, String username) throws Exception {
        var logins = Files.readAllLines(dataDir.resolve("demo-logins.txt"));
        return logins.stream().filter(l -> l.startsWith(username + " ")).findFirst().orElseThrow().trim().split("\\s+")[3];
    }

    /** No serious or critical WCAG 2.1 AA violation on the page as it is now. */
    public static void accessible(Page page, String name) {
        assertThat(seriousViolations(page)).as("accessibility of " + name).isEmpty();
    }

    /** The serious and critical WCAG 2.1 AA violations on the page as it is now, each with up to three elements. */
    public static List<String> seriousViolations(Page page) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).limit(3).toList())
                .toList();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
