package org.liaison.exchange.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A payload as an officer reads it: each known field with a translated label, enumerated values translated,
 * dates as dates; fields this node does not know (a newer sender's) go to the technical details, as sent.
 * Field names are shared by all payload records, so one table serves every type, the screening module's included.
 */
record PayloadView(String body, List<Field> fields, List<Map.Entry<String, String>> technical) {

    private static final Set<String> TEXT = Set.of("reference", "alertReference", "checkpoint", "travellerName",
            "nationality", "document", "action", "name", "nativeName", "aliases", "documents", "identifier", "substance",
            "quantity", "location", "goods", "caseNumber", "offence", "transferReference", "step", "passNumber", "verdict",
            "list", "assistance", "agreement", "article", "outcome", "transfer", "sequence", "position", "decision", "note",
            "adaptation", "daysToServe", "prisonerName", "prisonerNativeName", "sex", "offences", "daysLeft", "escorts");
    private static final Set<String> DATES = Set.of("dateOfBirth", "validUntil", "reviewOn", "incidentDate", "seizureDate",
            "deadline", "bornOn", "releaseOn", "countedOn");
    private static final Set<String> INSTANTS = Set.of("foundOn", "handoverAt");
    private static final Set<String> CODES = Set.of("noticeType", "alertStatus", "subjectKind", "gender");

    /** One field: its label and a text, a date or a time, which the template formats in the officer's way. */
    record Field(String label, @Nullable String text, @Nullable LocalDate date, @Nullable ZonedDateTime time) {

        static Field text(String label, String text) {
            return new Field(label, text, null, null);
        }
    }

    static PayloadView of(Map<String, Object> payload, MessageSource messages, Locale locale) {
        var fields = new ArrayList<Field>();
        var technical = new ArrayList<Map.Entry<String, String>>();
        payload.forEach((name, raw) -> {
            if (raw == null || name.equals("subject") || name.equals("body") || raw.toString().isBlank()) {
                return;
            }
            var value = raw.toString();
            var field = field(name, value, messages, locale);
            if (field == null) {
                technical.add(Map.entry(name, value));
            } else {
                fields.add(field);
            }
        });
        var body = payload.get("body");
        return new PayloadView(body == null ? "" : body.toString(), fields, technical);
    }

    private static @Nullable Field field(String name, String value, MessageSource messages, Locale locale) {
        var label = messages.getMessage("exchange.payload.field." + name, null, null, locale);
        if (label == null) {
            return null;
        }
        if (CODES.contains(name)) {
            var code = messages.getMessage("exchange.payload." + name + "." + value, null, null, locale);
            return code == null ? null : Field.text(label, code);
        }
        if (DATES.contains(name) || INSTANTS.contains(name)) {
            return temporal(label, value);
        }
        if (!TEXT.contains(name)) {
            return null;
        }
        // a text field whose value is one of a list (a transfer step's action, a decision) is said in words
        return Field.text(label, messages.getMessage("exchange.payload." + name + "." + value, null, value, locale));
    }

    /** A date, or an instant the template shows in the node's zone; a partial date ("1985") stays text. */
    private static Field temporal(String label, String value) {
        try {
            return value.length() == 10 ? new Field(label, null, LocalDate.parse(value), null)
                    : new Field(label, null, null, Instant.parse(value).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return Field.text(label, value);
        }
    }
}
