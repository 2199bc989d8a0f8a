package org.liaison;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    /** Signs a demo officer in with password and a fresh authenticator code; lands on the home page. */
    protected void signIn(Page page, String username) throws Exception {
        Browsers.signIn(page, url(""), node.dataDir(), username, PASSWORD);
    }

    /** A code this officer has not used yet in this test JVM (the node refuses a replayed one). */
    protected String freshCode(String username) throws Exception {
        return Browsers.freshCode(node.dataDir(), username);
    }

    protected void accessible(Page page, String name) {
        Browsers.accessible(page, name);
    }

    protected static void screenshot(Page page, String name) {
        Browsers.screenshot(page, name);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
