package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.Test;
import org.liaison.BrowserTest;
import org.liaison.Browsers;

/**
 * Every page an officer reaches from the navigation, for every demo role, in the four languages, on a desktop
 * (1366×768) and a tablet (768×1024): no error status or console error, no content outside its box, no raw
 * code or ISO timestamp in the visible text, no English sentence on a Khmer or Lao page, and no serious or
 * critical accessibility violation. All findings are collected and reported together (and written to
 * {@code target/every-page.txt}), so one run shows everything that is wrong.
 *
 * <p>The default run gives each role one language (the four in turn, each language seen by at least one role) on
 * both screens, a quarter of the matrix, so every build sweeps every page shape in every language in a few
 * minutes. The whole matrix ({@code -Dtest=EveryPageTests -Dliaison.sweep=full}) visits about 1,500 pages and
 * takes 13–15 minutes on the shared 2-core machine (22–27 minutes under heavy load). Its findings went from
 * 1,294 to none on 2026-12-05 (issue 19). Text that officers typed or registered is data by
 * declaration ({@code translate="no"} in the templates), which the Latin-script rule leaves alone.
 */
class EveryPageTests extends BrowserTest {

    private static final List<String> OFFICERS = List.of(
            "kh.admin", "kh.officer", "kh.analyst", "kh.prosecutor", "kh.prison", "kh.secretary", "kh.border");
    private static final List<String> LANGUAGES = List.of("en", "km", "lo", "vi");
    private static final List<ViewportSize> SCREENS = List.of(new ViewportSize(1366, 768), new ViewportSize(768, 1024));

    private static final boolean WHOLE_MATRIX = "full".equals(System.getProperty("liaison.sweep"));

    private final List<String> findings = new ArrayList<>();
    private final Set<String> checkedForAccessibility = new HashSet<>();
    private String where = "";

    @Test
    void everyPageReadsRightForEveryRoleInEveryLanguageOnADesktopAndATablet() throws Exception {
        var checks = Files.readString(Path.of("src/test/resources/browser/page-checks.js"), StandardCharsets.UTF_8);
        var visited = 0;
        var languagesSeen = 0;
        for (int o = 0; o < OFFICERS.size(); o++) {
            var officer = OFFICERS.get(o);
            try (var context = browser.newContext(); var page = context.newPage()) {
                page.onConsoleMessage(message -> {
                    if ("error".equals(message.type())) findings.add(where + ": console error " + message.text());
                });
                page.onPageError(error -> findings.add(where + ": script error " + error));
                page.onResponse(response -> {
                    if (response.status() >= 400) findings.add(where + ": " + response.status() + " for " + response.url());
                });
                signIn(page, officer);
                var pages = SiteMap.of(page, url(""));
                for (var language : languagesFor(o)) {
                    languagesSeen++;
                    page.navigate(url("/?lang=" + language));
                    for (var address : pages) {
                        for (var screen : SCREENS) {
                            check(page, checks, officer, language, address, screen);
                            visited++;
                        }
                    }
                }
            }
        }
        report();
        assertThat(visited).as("pages visited").isGreaterThan(languagesSeen * SCREENS.size() * 8);
        assertThat(findings).as("what an officer would see as a defect (%d findings, all in target/every-page.txt): %s",
                findings.size(), String.join("\n", findings.stream().distinct().limit(40).toList())).isEmpty();
    }

    private static List<String> languagesFor(int officer) {
        return WHOLE_MATRIX ? LANGUAGES : List.of(LANGUAGES.get(officer % LANGUAGES.size()));
    }

    private void check(Page page, String checks, String officer, String language, String address, ViewportSize screen) {
        var path = address.substring(url("").length());
        where = officer + " " + language + " " + screen.width + "×" + screen.height + " " + path;
        page.setViewportSize(screen.width, screen.height);
        page.navigate(address);
        @SuppressWarnings("unchecked")
        var seen = (List<String>) page.evaluate(checks, language);
        seen.forEach(finding -> findings.add(where + ": " + finding));
        if (screen.width > 1000 && checkedForAccessibility.add(SiteMap.shapeOf(path.split("\\?")[0]) + " " + language)) {
            Browsers.seriousViolations(page).forEach(violation -> findings.add(where + ": " + violation));
        }
    }

    private void report() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/every-page.txt"), findings, StandardCharsets.UTF_8);
    }
}
