package org.liaison.screening.hits;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.ScoreFactor;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A hit's score factors as JSON in one column: read back as they were written, never re-derived from text. */
@Component
class FactorsColumn {

    private static final TypeReference<List<ScoreFactor>> FACTORS = new TypeReference<>() { };

    private final JsonMapper json;

    FactorsColumn(JsonMapper json) {
        this.json = json;
    }

    String write(List<ScoreFactor> factors) {
        return json.writeValueAsString(factors);
    }

    /** Hits recorded before factors were kept, and purged ones, have none. */
    List<ScoreFactor> read(@Nullable String column) {
        return column == null || column.isEmpty() ? List.of() : json.readValue(column, FACTORS);
    }
}
