package org.liaison.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.CaseFile;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseLink;
import org.liaison.cases.LinkKind;
import org.liaison.cases.LinkedPerson;
import org.liaison.identity.Reach;
import org.liaison.matching.Hit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the other cases the caller may see that share a person, a vehicle or a seizure lot with a case. Plates and
 * lots match exactly once spaces, dots and dashes are dropped; persons match through the matching library, so a
 * suspect written in Lao script finds his romanized twin in a Cambodian case, through the node's {@link CasePersonIndex}.
 */
@Component
public class CaseLinkFinder {

    private static final String KEY = "regexp_replace(upper(%s), '[^A-Z0-9]', '', 'g')";

    /** How many of the node's best matches are checked against what the caller may see, and how many are shown. */
    private static final int CANDIDATES = 500;
    private static final int SHOWN = 20;

    private final JdbcClient jdbc;
    private final CasePersonIndex persons;

    CaseLinkFinder(JdbcClient jdbc, CasePersonIndex persons) {
        this.jdbc = jdbc;
        this.persons = persons;
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
        return matches(person);
    }

    /** The persons of the caller's cases whose name matches {@code name} (any script), each with its case, best first. */
    public List<CaseLink> named(String name) {
        return visible(name, null, "");
    }

    private List<CaseLink> persons(CaseFile file) {
        var links = new ArrayList<CaseLink>();
        file.persons().forEach(person -> links.addAll(matches(person)));
        return links;
    }

    private List<CaseLink> matches(LinkedPerson person) {
        var name = person.nameOriginal() != null ? person.nameOriginal() : person.nameLatin();
        return visible(name, person.caseId(), person.nameLatin() + " ≈ ");
    }

    /**
     * The node's persons that match the name, kept to those in the caller's cases other than {@code except}: the
     * index finds the candidates of the whole node, the database keeps those the caller may see, in the index's order.
     */
    private List<CaseLink> visible(String name, @Nullable CaseId except, String detail) {
        var hits = persons.search(name, CANDIDATES);
        if (hits.isEmpty()) {
            return List.of();
        }
        var reach = Reach.current().where("c.lead_agency");
        var params = new ArrayList<Object>();
        params.add(hits.stream().map(Hit::id).toArray(String[]::new));
        params.add(except == null ? null : except.value());
        params.addAll(reach.params());
        var seen = new HashMap<String, CaseLink>();
        jdbc.sql("""
                select p.id, c.id as case_id, c.number, c.title, p.name_latin
                from case_person p join crime_case c on c.id = p.case_id
                where p.id = any(cast(? as uuid[])) and c.id is distinct from cast(? as uuid) and """ + " " + reach.sql())
                .params(params)
                .query(rs -> {
                    seen.put(rs.getString("id"), new CaseLink(new CaseId(rs.getObject("case_id", UUID.class)),
                            rs.getString("number"), rs.getString("title"), LinkKind.SAME_PERSON,
                            detail + rs.getString("name_latin"), 0));
                });
        var links = new ArrayList<CaseLink>();
        for (var hit : hits) {
            var link = seen.get(hit.id());
            if (link != null && links.size() < SHOWN) {
                links.add(new CaseLink(link.other(), link.number(), link.title(), link.kind(), link.detail(), hit.score()));
            }
        }
        return links;
    }
}
