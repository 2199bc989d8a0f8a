package org.liaison.exchange;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liaison.agreements.DataCategory;
import tools.jackson.databind.JsonNode;

/**
 * The payload schema of each category, version 1: a JSON object with a {@code subject} (1–200 characters)
 * and a {@code body} (up to 20,000), an optional {@code reference}, and the category's own optional fields,
 * all strings. Unknown fields are refused, so both sides agree on what a version means; a new field makes a
 * new version. Checked by the sender before signing and again by the receiver.
 */
final class PayloadSchemas {

    static final int VERSION = 1;
    private static final Set<String> COMMON = Set.of("subject", "body", "reference");
    private static final Map<DataCategory, Set<String>> EXTRA = new EnumMap<>(DataCategory.class);

    static {
        EXTRA.put(DataCategory.DRUG_TRAFFICKING_INFORMATION, Set.of("substance", "quantity", "location", "incidentDate"));
        EXTRA.put(DataCategory.DRUG_SEIZURE_REPORT, Set.of("substance", "quantity", "location", "seizureDate"));
        EXTRA.put(DataCategory.BORDER_INCIDENT, Set.of("checkpoint", "location", "incidentDate"));
        EXTRA.put(DataCategory.SMUGGLING_REPORT, Set.of("goods", "location", "incidentDate"));
        EXTRA.put(DataCategory.PERSON_OF_INTEREST, Set.of("name", "nativeName", "dateOfBirth", "nationality"));
        EXTRA.put(DataCategory.CASE_SUMMARY, Set.of("caseNumber", "offence"));
        EXTRA.put(DataCategory.ALERT, Set.of("noticeType", "validUntil", "reviewOn", "alertStatus", "subjectKind",
                "action", "name", "nativeName", "aliases", "dateOfBirth", "nationality", "gender", "documents",
                "identifier"));
        EXTRA.put(DataCategory.HIT_NOTIFICATION, Set.of("alertReference", "checkpoint", "foundOn", "travellerName",
                "dateOfBirth", "nationality", "document"));
        EXTRA.put(DataCategory.TRANSFER_STEP, Set.of("transferReference", "step"));
        EXTRA.put(DataCategory.BORDER_PASS_VERIFICATION, Set.of("passNumber", "verdict"));
    }

    private PayloadSchemas() {
    }

    static String nameOf(DataCategory category) {
        return category.name().toLowerCase(Locale.ROOT) + "/" + VERSION;
    }

    /** The fields a payload of this category may carry. */
    static Set<String> fieldsOf(DataCategory category) {
        var fields = new java.util.TreeSet<>(COMMON);
        fields.addAll(EXTRA.getOrDefault(category, Set.of()));
        return fields;
    }

    /** Null if the payload follows the schema, else what is wrong, in words. */
    static @org.jspecify.annotations.Nullable String problemWith(DataCategory category, String schema, JsonNode payload) {
        if (!nameOf(category).equals(schema)) {
            return "schema " + schema + " is not " + nameOf(category);
        }
        if (!payload.isObject()) {
            return "the payload must be a JSON object";
        }
        var allowed = fieldsOf(category);
        for (var name : payload.propertyNames()) {
            var value = payload.get(name);
            if (!allowed.contains(name)) {
                return "field " + name + " is not part of " + schema;
            }
            if (!value.isString() || value.asString().length() > (name.equals("body") ? 20_000 : 500)) {
                return "field " + name + " must be text of limited length";
            }
        }
        var subject = payload.get("subject");
        if (subject == null || subject.asString().isBlank() || subject.asString().length() > 200) {
            return "a subject of 1 to 200 characters is required";
        }
        return payload.get("body") == null ? "a body is required" : null;
    }
}
