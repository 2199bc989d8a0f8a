package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every module's bundle exists in English, Khmer, Lao and Vietnamese with the same keys, and is translated. */
class MessageBundlesTests {

    @Test
    void everyBundleHasTheSameKeysInAllFourLanguages() throws IOException {
        for (var base : bases()) {
            var english = load(base + ".properties").stringPropertyNames();
            for (var language : new String[] { "km", "lo", "vi" }) {
                assertThat(load(base + "_" + language + ".properties").stringPropertyNames())
                        .as(base + " in " + language).isEqualTo(english);
            }
        }
    }

    @Test
    void khmerAndLaoBundlesAreWrittenInTheirOwnScripts() throws IOException {
        for (var base : bases()) {
            assertThat(share(load(base + "_km.properties"), 0x1780, 0x17FF)).as(base + " km").isGreaterThan(0.6);
            assertThat(share(load(base + "_lo.properties"), 0x0E80, 0x0EFF)).as(base + " lo").isGreaterThan(0.6);
        }
    }

    @Test
    void everyMenuItemHasAWordOfItsOwnInEveryLanguage() throws IOException {
        for (var suffix : new String[] { "", "_km", "_lo", "_vi" }) {
            var nav = labels(load("shell" + suffix + ".properties"), "shell.nav.");
            for (var one : nav) {
                for (var other : nav) {
                    assertThat(one.equals(other) || !one.contains(other)).as("shell%s: %s and %s", suffix, one, other).isTrue();
                }
            }
            // the Screening menu item opens the Screen tab, so those two may share a word; no other item may
            var shell = load("shell" + suffix + ".properties");
            var withTabs = new java.util.ArrayList<>(nav);
            withTabs.remove(shell.getProperty("shell.nav.screening"));
            withTabs.addAll(labels(load("screening" + suffix + ".properties"), "screening.tab."));
            assertThat(withTabs).as("menus and screening tabs%s", suffix).doesNotHaveDuplicates();
        }
    }

    private static java.util.List<String> labels(Properties bundle, String prefix) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).map(bundle::getProperty).toList();
    }

    /** Share of values that contain at least one letter of the script (names and codes may stay Latin). */
    private static double share(Properties bundle, int from, int to) {
        long inScript = bundle.values().stream().map(String::valueOf)
                .filter(v -> v.codePoints().anyMatch(c -> c >= from && c <= to)).count();
        return (double) inScript / bundle.size();
    }

    private static Set<String> bases() throws IOException {
        var bases = new TreeSet<String>();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            var name = resource.getFilename();
            if (name != null && !name.matches(".*_[a-z]{2}\\.properties")) {
                bases.add(name.replace(".properties", ""));
            }
        }
        assertThat(bases).contains("shell", "identity");
        return bases;
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTests.class.getResourceAsStream("/messages/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
