package org.liaison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditAction;

/** Officers read every audited action in their language, and find it under the module that writes it. */
class AuditActionNamesTests {

    @Test
    void everyAuditActionHasATranslationInAllFourLanguages() throws IOException {
        for (var suffix : new String[] { "", "_km", "_lo", "_vi" }) {
            var bundle = load("messages/audit" + suffix + ".properties");
            for (var action : AuditAction.values()) {
                assertThat(bundle.getProperty("audit.action." + action)).as(action + " in audit" + suffix)
                        .isNotBlank().doesNotContain("_");
            }
            for (var module : ActionGroups.BY_MODULE.keySet()) {
                assertThat(bundle.getProperty("audit.module." + module)).as(module + " in audit" + suffix).isNotBlank();
            }
        }
    }

    @Test
    void theFiltersGroupsHoldEveryActionOnce() {
        var grouped = ActionGroups.BY_MODULE.values().stream().flatMap(java.util.List::stream).toList();
        assertThat(grouped).containsExactlyInAnyOrder(AuditAction.values()).doesNotHaveDuplicates();
        assertThat(grouped).hasSize(Arrays.asList(AuditAction.values()).size());
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = AuditActionNamesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
