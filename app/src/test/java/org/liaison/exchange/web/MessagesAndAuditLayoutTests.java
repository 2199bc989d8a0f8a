package org.liaison.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.BrowserTest;

/**
 * The messages list and the audit log on a tablet (768×1024) and a laptop (1366×768), in Lao: the page does not
 * scroll sideways and no table cell's content spills out of it.
 */
class MessagesAndAuditLayoutTests extends BrowserTest {

    private static final String OVERFLOWING = """
            () => [...document.querySelectorAll('main td, main th')]
                .filter(c => c.getClientRects().length && c.scrollWidth > c.clientWidth + 1)
                .map(c => c.textContent.trim().slice(0, 40))""";

    @ParameterizedTest
    @CsvSource({ "768, 1024, /messages", "1366, 768, /messages", "768, 1024, /audit", "1366, 768, /audit" })
    void nothingOverflowsOnATabletOrALaptop(int width, int height, String path) throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
             var page = context.newPage()) {
            signIn(page, "kh.admin");
            page.navigate(url(path + "?lang=lo"));

            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("%s at %d px scrolls sideways", path, width).isTrue();
            assertThat(overflowing(page)).as("%s at %d px", path, width).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> overflowing(Page page) {
        return (List<String>) page.evaluate(OVERFLOWING);
    }
}
