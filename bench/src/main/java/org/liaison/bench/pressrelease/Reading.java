package org.liaison.bench.pressrelease;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.liaison.agreements.ExtractedDraft;
import org.liaison.bench.pressrelease.baseline.BaselineDraft;

/**
 * What a reader found, as the same field → values map the corpus states, so both readers are scored alike.
 * People give four fields: the name, and name=title, name=office, name=country.
 */
final class Reading {

    static final List<String> FIELDS = List.of("published", "dateline", "place", "meeting", "signed", "agency", "country",
            "person", "title", "office", "person-country", "instrument", "period", "area", "form");

    private Reading() {
    }

    static Map<String, List<String>> of(ExtractedDraft d) {
        var r = empty();
        add(r, "published", d.published());
        add(r, "dateline", d.dateline());
        add(r, "place", d.place());
        add(r, "meeting", range(d.meetingFrom(), d.meetingUntil()));
        add(r, "signed", d.signedOn());
        d.parties().stream().filter(p -> p.value().contains("/")).forEach(p -> add(r, "agency", p.value()));
        d.countries().forEach(c -> add(r, "country", c));
        for (var p : d.persons()) {
            add(r, "person", p.name());
            if (!p.title().isEmpty()) {
                add(r, "title", p.name() + "=" + p.title());
            }
            if (!p.office().isEmpty()) {
                add(r, "office", p.name() + "=" + p.office());
            }
            if (p.country() != null) {
                add(r, "person-country", p.name() + "=" + p.country());
            }
        }
        d.named().forEach(i -> add(r, "instrument", i.kind() + (i.year() == null ? "" : " " + i.year())));
        add(r, "period", d.reviewedPeriod());
        d.areas().forEach(a -> add(r, "area", a.name()));
        if (d.form() == org.liaison.agreements.MeetingForm.VIRTUAL) {
            add(r, "form", "VIRTUAL");
        }
        return r;
    }

    private static final Pattern FOR_YEAR = Pattern.compile("for ((?:19|20)\\d{2})");

    static Map<String, List<String>> of(BaselineDraft d) {
        var r = empty();
        add(r, "place", d.place());
        add(r, "meeting", range(d.meetingFrom(), d.meetingUntil()));
        add(r, "signed", d.signedOn());
        d.parties().forEach(p -> add(r, p.value().contains("/") ? "agency" : "country", p.value()));
        d.people().forEach(p -> add(r, "person", p));
        for (var title : d.instruments()) {
            var kind = title.startsWith("MoU") ? "MOU" : title.split(" ")[0].toUpperCase(Locale.ROOT);
            var m = FOR_YEAR.matcher(title);
            var year = m.find() ? m.group(1) : d.instrumentYear() == null ? "" : String.valueOf(d.instrumentYear());
            add(r, "instrument", (kind + " " + year).strip());
        }
        add(r, "period", d.reviewedPeriod());
        d.areas().forEach(a -> add(r, "area", a.name()));
        if (d.form() == org.liaison.agreements.MeetingForm.VIRTUAL) {
            add(r, "form", "VIRTUAL");
        }
        return r;
    }

    /** The corpus's person lines turned into the four person fields. */
    static Map<String, List<String>> expected(Map<String, List<String>> stated) {
        var r = empty();
        if (!stated.containsKey("published") && stated.containsKey("asked")) {
            add(r, "published", stated.get("asked").getFirst()); // the date the officer typed is the publication date
        }
        stated.forEach((field, values) -> {
            if (field.equals("person")) {
                for (var line : values) {
                    var parts = (line + " ").split("\\|", -1);
                    var name = parts[0].strip();
                    add(r, "person", name);
                    if (!parts[1].isBlank()) {
                        add(r, "title", name + "=" + parts[1].strip());
                    }
                    if (!parts[2].isBlank()) {
                        add(r, "office", name + "=" + parts[2].strip());
                    }
                    if (parts.length > 3 && !parts[3].isBlank()) {
                        add(r, "person-country", name + "=" + parts[3].strip());
                    }
                }
            } else if (r.containsKey(field)) {
                values.forEach(v -> add(r, field, v));
            }
        });
        return r;
    }

    private static Map<String, List<String>> empty() {
        var r = new LinkedHashMap<String, List<String>>();
        FIELDS.forEach(f -> r.put(f, new ArrayList<>()));
        return r;
    }

    private static String range(java.time.LocalDate from, java.time.LocalDate until) {
        if (from == null) {
            return null;
        }
        return until == null || until.equals(from) ? from.toString() : from + "/" + until;
    }

    private static void add(Map<String, List<String>> r, String field, Object value) {
        if (value != null && !value.toString().isBlank()) {
            r.get(field).add(value.toString().strip());
        }
    }
}
