package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.liaison.identity.Totp;
import org.liaison.node.ThisNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the browser journeys: one demo node on a random port (the context is shared by every subclass),
 * Debian's Chromium through Playwright, sign-in with the demo officers' TOTP secrets, and axe-core checks
 * that allow no serious or critical accessibility violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = { "liaison.demo.enabled=true", "liaison.demo.password=browser-test-password" })
public abstract class BrowserTest {

    protected static final String PASSWORD = "browser-test-password";
    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort protected int port;
    @Autowired protected ThisNode node;

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

    /** Signs a demo officer in with password and a fresh authenticator code; lands on the home page. */
    protected void signIn(Page page, String username) throws Exception {
        page.navigate(url("/login?lang=en"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("Six-digit code or recovery code").fill(Totp.code(secretOf(username), Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.url()).doesNotContain("/login");
    }

    protected String secretOf(String username) throws Exception {
        var logins = Files.readAllLines(node.dataDir().resolve("demo-logins.txt"));
        return logins.stream().filter(l -> l.startsWith(username + " ")).findFirst().orElseThrow().trim().split("\\s+")[3];
    }

    protected void accessible(Page page, String name) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).limit(3).toList())
                .toList();
        assertThat(serious).as("accessibility of " + name).isEmpty();
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
