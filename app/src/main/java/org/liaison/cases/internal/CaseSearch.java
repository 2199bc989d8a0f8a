package org.liaison.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.liaison.cases.CaseId;
import org.liaison.cases.SearchHit;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches the caller's cases: words in a case's number, title and summary and in its seizures' items and lots by
 * PostgreSQL full text (indexed, ranked), and the words as a name through the matching library, so a Latin
 * spelling finds a person written in Lao or Khmer script. Only what the caller may see is ever looked at.
 */
@Component
public class CaseSearch {

    private final JdbcClient jdbc;
    private final CaseLinkFinder names;

    CaseSearch(JdbcClient jdbc, CaseLinkFinder names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    public List<SearchHit> search(String text, int limit) {
        var hits = new ArrayList<SearchHit>();
        hits.addAll(words(text, limit, SearchHit.Kind.CASE, "crime_case c",
                "to_tsvector('simple', c.number || ' ' || c.title || ' ' || c.summary)", "c.title"));
        hits.addAll(words(text, limit, SearchHit.Kind.SEIZURE, "case_seizure s join crime_case c on c.id = s.case_id",
                "to_tsvector('simple', s.item || ' ' || coalesce(s.species, '') || ' ' || coalesce(s.lot, ''))",
                "s.item || ' ' || s.quantity || ' ' || s.unit || coalesce(' ' || s.lot, '')"));
        names.named(text).forEach(link -> hits.add(new SearchHit(SearchHit.Kind.PERSON, link.other(), link.number(),
                link.title(), link.detail(), link.score())));
        hits.sort(Comparator.comparing(SearchHit::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private List<SearchHit> words(String text, int limit, SearchHit.Kind kind, String from, String vector, String detail) {
        var reach = Reach.current().where("c.lead_agency");
        var params = new ArrayList<Object>(List.of(text, text));
        params.addAll(reach.params());
        params.add(limit);
        return jdbc.sql("select c.id, c.number, c.title, " + detail + " as detail, ts_rank(" + vector
                        + ", websearch_to_tsquery('simple', ?)) as rank from " + from + " where " + vector
                        + " @@ websearch_to_tsquery('simple', ?) and " + reach.sql() + " order by rank desc limit ?")
                .params(params)
                .query((rs, n) -> new SearchHit(kind, new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
                        rs.getString("title"), rs.getString("detail"), Math.min(1.0, rs.getDouble("rank") * 10)))
                .list();
    }
}
