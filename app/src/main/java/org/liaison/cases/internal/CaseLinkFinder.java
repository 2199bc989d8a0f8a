package org.liaison.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.liaison.cases.CaseFile;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseLink;
import org.liaison.cases.LinkKind;
import org.liaison.cases.LinkedPerson;
import org.liaison.identity.Reach;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;
import org.liaison.matching.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the other cases the caller may see that share a person, a vehicle or a seizure lot with a case. Plates and
 * lots match exactly once spaces, dots and dashes are dropped; persons match through the matching library, so a
 * suspect written in Lao script finds his romanized twin in a Cambodian case. The persons of the caller's other
 * cases are indexed for each question: enough for an agency's caseload, not for a whole country's (a persisted
 * index, as screening keeps for alerts, is the next step).
 */
@Component
public class CaseLinkFinder {

    private static final String KEY = "regexp_replace(upper(%s), '[^A-Z0-9]', '', 'g')";

    private final JdbcClient jdbc;

    CaseLinkFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseLink> of(CaseFile file) {
        var id = file.crimeCase().id();
        var links = new ArrayList<CaseLink>();
        links.addAll(exact(id, "case_vehicle", "plate", LinkKind.SAME_VEHICLE));
        links.addAll(exact(id, "case_seizure", "lot", LinkKind.SAME_SEIZURE_LOT));
        links.addAll(persons(file));
        links.sort(Comparator.comparing(CaseLink::number).thenComparing(CaseLink::kind));
        return links;
    }

    private List<CaseLink> exact(CaseId id, String table, String column, LinkKind kind) {
        var reach = Reach.current().where("c.lead_agency");
        var params = new ArrayList<Object>(List.of(id.value(), id.value()));
        params.addAll(reach.params());
        var key = KEY.formatted("o." + column);
        return jdbc.sql("select distinct c.id, c.number, c.title, o." + column + " as shared from " + table + " o"
                        + " join crime_case c on c.id = o.case_id where c.id <> ? and o." + column + " is not null and "
                        + key + " in (select " + KEY.formatted("m." + column) + " from " + table + " m where m.case_id = ? and m."
                        + column + " is not null) and " + reach.sql())
                .params(params)
                .query((rs, n) -> new CaseLink(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
                        rs.getString("title"), kind, rs.getString("shared"), 1.0))
                .list();
    }

    /** The persons of the caller's other cases whose name matches this person's, across scripts, best first. */
    public List<CaseLink> namesakes(LinkedPerson person) {
        var others = new java.util.HashMap<String, CaseLink>();
        var index = othersOf(person.caseId(), others);
        return matches(person, index, others).stream().sorted(Comparator.comparing(CaseLink::score).reversed()).toList();
    }

    /** The persons of the caller's cases whose name matches {@code name} (any script), each with its case, best first. */
    public List<CaseLink> named(String name) {
        var others = new java.util.HashMap<String, CaseLink>();
        var index = othersOf(CaseId.random(), others);
        var links = new ArrayList<CaseLink>();
        for (var hit : index.search(Query.byName(name), 20)) {
            var other = others.get(hit.id());
            links.add(new CaseLink(other.other(), other.number(), other.title(), LinkKind.SAME_PERSON, other.detail(),
                    hit.score()));
        }
        return links;
    }

    private List<CaseLink> persons(CaseFile file) {
        if (file.persons().isEmpty()) {
            return List.of();
        }
        var others = new java.util.HashMap<String, CaseLink>();
        var index = othersOf(file.crimeCase().id(), others);
        var links = new ArrayList<CaseLink>();
        for (var person : file.persons()) {
            links.addAll(matches(person, index, others));
        }
        return links;
    }

    /** The persons of the caller's cases other than this one, indexed by name, and their cases by person id. */
    private NameIndex othersOf(CaseId id, java.util.Map<String, CaseLink> others) {
        var reach = Reach.current().where("c.lead_agency");
        var params = new ArrayList<Object>(List.of(id.value()));
        params.addAll(reach.params());
        var index = new NameIndex();
        jdbc.sql("""
                select p.id, p.name_original, p.name_latin, p.date_of_birth, p.nationality, c.id as case_id, c.number,
                       c.title
                from case_person p join crime_case c on c.id = p.case_id where c.id <> ? and """ + " " + reach.sql())
                .params(params).query(rs -> {
                    var names = new ArrayList<String>(List.of(rs.getString("name_latin")));
                    if (rs.getString("name_original") != null) {
                        names.add(rs.getString("name_original"));
                    }
                    var person = rs.getString("id");
                    var born = rs.getObject("date_of_birth", java.time.LocalDate.class);
                    index.add(new Person(person, names, born == null ? null : born.toString(), rs.getString("nationality"),
                            null, List.of()));
                    others.put(person, new CaseLink(new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("number"),
                            rs.getString("title"), LinkKind.SAME_PERSON, rs.getString("name_latin"), 0));
                });
        return index;
    }

    private static List<CaseLink> matches(LinkedPerson person, NameIndex index, java.util.Map<String, CaseLink> others) {
        var name = person.nameOriginal() != null ? person.nameOriginal() : person.nameLatin();
        var links = new ArrayList<CaseLink>();
        for (var hit : index.search(Query.byName(name), 20)) {
            var other = others.get(hit.id());
            links.add(new CaseLink(other.other(), other.number(), other.title(), LinkKind.SAME_PERSON,
                    person.nameLatin() + " ≈ " + other.detail(), hit.score()));
        }
        return links;
    }
}
