package org.liaison.cases.sharing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.liaison.cases.CaseFile;
import org.liaison.cases.CrimeCase;
import org.liaison.cases.SharePart;
import org.liaison.directory.Checkpoint;
import org.liaison.exchange.payload.CaseSummary;
import org.liaison.exchange.payload.Payload;

/**
 * The case summary a partner receives: version 1 of {@link CaseSummary} (number, offence, and the chosen parts as
 * plain text in the body), so partners that read only version 1 read it unchanged. Names go in their own script
 * and in Latin letters; codes stay codes, which the partner's node shows in its officers' language.
 */
final class Summaries {

    private Summaries() {
    }

    static CaseSummary of(CaseFile file, Set<SharePart> parts, java.util.Optional<Checkpoint> checkpoint) {
        var c = file.crimeCase();
        var lines = new java.util.ArrayList<String>();
        lines.add("Case " + c.number() + " (" + c.type() + "), " + c.status() + "; occurred " + c.occurredOn()
                + ", reported " + c.details().reportedOn() + "; lead agency " + c.leadAgency());
        if (parts.contains(SharePart.SUMMARY)) {
            lines.add("");
            lines.add(c.details().summary());
        }
        if (parts.contains(SharePart.PLACE)) {
            lines.add("");
            lines.add("Place: " + place(c, checkpoint));
        }
        section(lines, parts.contains(SharePart.PERSONS), "Persons", file.persons().stream().map(p -> p.role() + ": "
                + (p.nameOriginal() == null ? "" : p.nameOriginal() + " / ") + p.nameLatin()
                + (p.nationality() == null ? "" : ", " + p.nationality())
                + (p.dateOfBirth() == null ? "" : ", born " + p.dateOfBirth())
                + (p.documents().isEmpty() ? "" : ", documents: " + String.join("; ", p.documents()))).toList());
        section(lines, parts.contains(SharePart.VEHICLES), "Vehicles", file.vehicles().stream().map(v -> v.kind()
                + (v.plate() == null ? "" : " " + v.plate()) + (v.country() == null ? "" : " (" + v.country() + ")")
                + (v.description() == null ? "" : ": " + v.description())).toList());
        section(lines, parts.contains(SharePart.SEIZURES), "Seizures", file.seizures().stream().map(s -> s.item()
                + (s.species() == null ? "" : " " + s.species().scientificName()) + ": " + s.quantity().toPlainString()
                + " " + s.unit() + (s.estimatedValue() == null ? "" : ", estimated " + s.estimatedValue().toPlainString()
                + " " + s.currency()) + ", seized " + s.seizedOn() + (s.lot() == null ? "" : ", lot " + s.lot())).toList());
        section(lines, parts.contains(SharePart.EVIDENCE), "Evidence", file.evidence().stream().map(e -> e.label()
                + ": " + e.description() + " (held by " + e.holder() + ", " + e.chain().size() + " custody links)").toList());
        var body = String.join("\n", lines);
        return new CaseSummary(cut("Case " + c.number() + ": " + c.title(), Payload.SUBJECT), cut(body, Payload.BODY),
                cut(c.number(), Payload.TEXT), cut(c.number(), Payload.TEXT), c.type().name());
    }

    private static String place(CrimeCase c, java.util.Optional<Checkpoint> checkpoint) {
        var p = c.place();
        var words = new java.util.ArrayList<String>();
        if (p.province() != null) {
            words.add(p.district() == null ? p.province() : p.district() + ", " + p.province());
        }
        checkpoint.ifPresent(cp -> words.add("nearest checkpoint " + cp.a().name() + " (" + cp.a().country() + ") – "
                + cp.b().name() + " (" + cp.b().country() + ")"));
        if (p.hasCoordinates()) {
            words.add(p.latitude() + ", " + p.longitude());
        }
        if (p.unguarded()) {
            words.add("at an unguarded crossing point");
        }
        return words.isEmpty() ? "not given" : String.join("; ", words);
    }

    private static void section(List<String> lines, boolean chosen, String title, List<String> items) {
        if (chosen && !items.isEmpty()) {
            lines.add("");
            lines.add(title + ":");
            lines.addAll(items.stream().map(item -> "- " + item).collect(Collectors.toList()));
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
