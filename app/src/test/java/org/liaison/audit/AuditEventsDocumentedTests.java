package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AuditEventsDocumentedTests {

    /** A table row whose first cell is a constant in backquotes: {@code | `LOGIN_FAILED` | … |}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|");

    @Test
    void everyAuditActionIsDocumented() throws IOException {
        var documented = documentedEvents();
        var declared = Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.toSet());

        assertThat(declared).as("AuditAction constants missing from docs/audit-events.md")
                .isSubsetOf(documented);
        assertThat(documented).as("events in docs/audit-events.md that AuditAction does not have")
                .isSubsetOf(declared);
    }

    /** Only the "## Events" section: the verification kinds further down are tables too. */
    private static Set<String> documentedEvents() throws IOException {
        var text = Files.readString(docs().resolve("audit-events.md"));
        var events = text.substring(text.indexOf("\n## Events"));
        int next = events.indexOf("\n## ", 1);
        return events.substring(0, next < 0 ? events.length() : next).lines()
                .map(ROW::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    /** Surefire runs in the module directory (app/); the docs live beside it at the repository root. */
    private static Path docs() {
        var fromModule = Path.of("..", "docs");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("docs");
    }
}
