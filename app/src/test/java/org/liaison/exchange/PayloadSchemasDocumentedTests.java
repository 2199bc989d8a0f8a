package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.exchange.schema.PayloadSchemas;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/payload-schemas.json is the schema of every payload this node sends and receives, generated from the records
 * (ADR 0013). When a record changes, this test writes the new document to target/ and fails until it is copied over.
 */
@NodeTest
class PayloadSchemasDocumentedTests {

    private static final Path DOCUMENT = Path.of("..", "docs", "payload-schemas.json");

    @Autowired PayloadSchemas schemas;
    @Autowired JsonMapper json;

    @Test
    void theDocumentedSchemasAreTheOnesTheRecordsGenerate() throws Exception {
        var generated = json.writerWithDefaultPrettyPrinter().writeValueAsString(schemas.all()) + "\n";
        var written = Path.of("target", "payload-schemas.json");
        Files.writeString(written, generated);
        assertThat(Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "")
                .as("docs/payload-schemas.json differs from the records: copy " + written.toAbsolutePath() + " over it")
                .isEqualTo(generated);
    }

    @Test
    void everyCategoryIsCarriedAndItsSchemaRefusesUnknownFieldsAndRequiresSubjectAndBody() {
        var all = schemas.all();
        assertThat(all.propertyNames()).hasSize(org.liaison.agreements.DataCategory.values().length);
        var alert = all.get("alert/1");
        assertThat(alert.get("additionalProperties").asBoolean()).isFalse();
        assertThat(alert.get("required").toString()).contains("subject", "body");
        assertThat(alert.get("properties").get("subject").get("maxLength").asInt()).isEqualTo(200);
    }
}
