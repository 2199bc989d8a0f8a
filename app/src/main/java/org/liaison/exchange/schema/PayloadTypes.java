package org.liaison.exchange.schema;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.exchange.payload.Payload;
import org.liaison.exchange.payload.PayloadRegistration;
import org.liaison.exchange.payload.PayloadType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The payload types every module registered (ADR 0013), one per category: turns a payload into the JSON an
 * envelope carries and back, checking it against its record on both sides: no field the record lacks, text where
 * the record has text (no number or boolean passed off as one), and every limit of its validation annotations.
 */
@Component
public class PayloadTypes {

    private final Map<DataCategory, PayloadType<?>> byCategory = new EnumMap<>(DataCategory.class);
    private final Validator validator;
    private final JsonMapper strict;

    PayloadTypes(List<PayloadRegistration> registrations, Validator validator, JsonMapper json) {
        this.validator = validator;
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(
                        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
                .build();
        registrations.stream().flatMap(r -> r.payloadTypes().stream()).forEach(this::register);
    }

    private void register(PayloadType<?> type) {
        var earlier = byCategory.putIfAbsent(type.category(), type);
        if (earlier != null) {
            throw new IllegalStateException(type.category() + " has two payload types: " + earlier.type().getName()
                    + " and " + type.type().getName());
        }
    }

    Optional<PayloadType<?>> of(DataCategory category) {
        return Optional.ofNullable(byCategory.get(category));
    }

    public Collection<PayloadType<?>> all() {
        return byCategory.values();
    }

    /** The schema name a payload of this category is sent under. */
    public String schemaOf(DataCategory category) {
        return type(category).schema();
    }

    /** Null if {@code payload} is the category's record and keeps its rules, else what is wrong, in words. */
    public @Nullable String problemWith(DataCategory category, Payload payload) {
        var type = byCategory.get(category);
        if (type == null) {
            return "no module here sends or receives " + category;
        }
        if (!type.type().isInstance(payload)) {
            return category + " is carried as " + type.type().getSimpleName() + ", not " + payload.getClass().getSimpleName();
        }
        var violations = validator.validate(payload);
        return violations.isEmpty() ? null : violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; "));
    }

    /** The JSON of a payload, as signed into an envelope (absent fields are left out). */
    public JsonNode write(Payload payload) {
        return strict.valueToTree(payload);
    }

    /**
     * A payload of the category from fields an officer entered (the compose form, the API), checked as a received
     * one would be; what does not fit is {@link org.liaison.shared.InvalidInput}.
     */
    public Payload fromFields(DataCategory category, Map<String, ?> fields) {
        try {
            return read(category, schemaOf(category), strict.valueToTree(fields));
        } catch (PayloadRefused e) {
            throw new org.liaison.shared.InvalidInput(e.getMessage());
        }
    }

    /** The payload's fields by name, absent ones left out, for showing them. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fields(Payload payload) {
        return strict.convertValue(payload, Map.class);
    }

    /**
     * Reads an envelope's payload into its category's record at the schema it names, checked.
     *
     * @throws PayloadRefused with what is wrong, in words
     */
    public Payload read(DataCategory category, String schema, JsonNode json) {
        var type = byCategory.get(category);
        if (type == null) {
            throw new PayloadRefused("no module here receives " + category);
        }
        if (!type.schema().equals(schema)) {
            throw new PayloadRefused("schema " + schema + " is not " + type.schema());
        }
        if (!json.isObject()) {
            throw new PayloadRefused("the payload must be a JSON object");
        }
        Payload payload;
        try {
            payload = strict.treeToValue(json, type.type());
        } catch (JacksonException e) {
            throw new PayloadRefused("the payload does not fit " + type.schema() + ": " + e.getOriginalMessage());
        }
        var problem = problemWith(category, payload);
        if (problem != null) {
            throw new PayloadRefused(problem);
        }
        return payload;
    }

    private PayloadType<?> type(DataCategory category) {
        var type = byCategory.get(category);
        if (type == null) {
            throw new PayloadRefused("no module here sends or receives " + category);
        }
        return type;
    }

    /** A payload that does not fit its category's record. */
    public static final class PayloadRefused extends IllegalArgumentException {
        PayloadRefused(String problem) {
            super(problem);
        }
    }
}
