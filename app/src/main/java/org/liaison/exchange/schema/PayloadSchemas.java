package org.liaison.exchange.schema;

import java.util.Comparator;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import org.liaison.exchange.payload.PayloadType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (2020-12) of every registered payload record, generated from the record and its validation
 * annotations (ADR 0013): what partners and integrators read, served at {@code /api/v1/exchange/schemas} and kept
 * in {@code docs/payload-schemas.json}. The record, not the schema, is what checks payloads.
 */
@Component
public class PayloadSchemas {

    static final String ID = "https://liaison.example/schemas/";

    private final PayloadTypes types;
    private final SchemaGenerator generator;
    private final JsonMapper json;

    PayloadSchemas(PayloadTypes types, JsonMapper json) {
        this.types = types;
        this.json = json;
        var config = new SchemaGeneratorConfigBuilder(json, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .build();
        this.generator = new SchemaGenerator(config);
    }

    /** The schema of one payload type, with its wire name as {@code $id} and {@code title}. */
    public ObjectNode of(PayloadType<?> type) {
        var schema = generator.generateSchema(type.type());
        schema.put("$id", ID + type.schema());
        schema.put("title", type.schema());
        return schema;
    }

    /** Every registered type's schema by wire name, in name order. */
    public ObjectNode all() {
        var all = json.createObjectNode();
        types.all().stream().sorted(Comparator.comparing(PayloadType::schema))
                .forEach(type -> all.set(type.schema(), of(type)));
        return all;
    }
}
