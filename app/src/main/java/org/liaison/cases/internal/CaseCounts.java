package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;

import org.liaison.cases.CaseStatistics;
import org.liaison.cases.CaseType;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases per type and month, counted in the database over what the caller's reach covers and nothing else. */
@Component
public class CaseCounts {

    private final JdbcClient jdbc;

    CaseCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CaseStatistics of(int year) {
        var reach = Reach.current().where("lead_agency");
        var params = new ArrayList<Object>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        params.addAll(reach.params());
        var byType = new EnumMap<CaseType, List<Long>>(CaseType.class);
        jdbc.sql("select type, extract(month from occurred_on)::int as month, count(*) as n from crime_case"
                        + " where occurred_on between ? and ? and " + reach.sql() + " group by type, month")
                .params(params).query(rs -> {
                    var counts = byType.computeIfAbsent(CaseType.valueOf(rs.getString("type")),
                            t -> new ArrayList<>(Collections.nCopies(12, 0L)));
                    counts.set(rs.getInt("month") - 1, rs.getLong("n"));
                });
        return new CaseStatistics(year, new EnumMap<>(byType));
    }
}
