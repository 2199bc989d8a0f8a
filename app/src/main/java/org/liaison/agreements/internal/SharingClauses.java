package org.liaison.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liaison.agreements.AgreementId;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.Party;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.SharingClause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sharing clauses of every agreement. */
@Repository
public class SharingClauses {

    private static final String SELECT = """
            select agreement_id, article, from_party, to_party, reciprocal, categories, purposes, handling,
                   retention_days, note from sharing_clause
            """;

    private final JdbcClient jdbc;

    SharingClauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SharingClause> of(AgreementId agreement) {
        return jdbc.sql(SELECT + " where agreement_id = ? order by article").param(agreement.value())
                .query(SharingClauses::map).list();
    }

    /** Every clause, by agreement: what the policy index is compiled from. */
    public Map<AgreementId, List<SharingClause>> all() {
        return jdbc.sql(SELECT + " order by agreement_id, article")
                .query((rs, n) -> Map.entry(AgreementId.of(rs.getString("agreement_id")), map(rs, n))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Inserts unless the agreement already has a clause with this article; says whether it did. */
    public boolean insert(AgreementId agreement, SharingClause clause) {
        return jdbc.sql("""
                insert into sharing_clause (id, agreement_id, article, from_party, to_party, reciprocal, categories,
                    purposes, handling, retention_days, note)
                values (:id, :agreement, :article, :from, :to, :reciprocal, :categories, :purposes, :handling, :retention, :note)
                on conflict (agreement_id, article) do nothing
                """).param("id", UUID.randomUUID()).param("agreement", agreement.value())
                .param("article", clause.article()).param("from", clause.from().value()).param("to", clause.to().value())
                .param("reciprocal", clause.reciprocal()).param("categories", names(clause.categories()))
                .param("purposes", names(clause.purposes())).param("handling", clause.handling().name())
                .param("retention", clause.retentionDays()).param("note", clause.note(), Types.VARCHAR)
                .update() == 1;
    }

    public boolean delete(AgreementId agreement, String article) {
        return jdbc.sql("delete from sharing_clause where agreement_id = ? and article = ?")
                .params(agreement.value(), article).update() == 1;
    }

    private static String[] names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static SharingClause map(ResultSet rs, int row) throws SQLException {
        var categories = EnumSet.noneOf(DataCategory.class);
        Arrays.stream((String[]) rs.getArray("categories").getArray()).forEach(c -> categories.add(DataCategory.valueOf(c)));
        var purposes = EnumSet.noneOf(Purpose.class);
        Arrays.stream((String[]) rs.getArray("purposes").getArray()).forEach(p -> purposes.add(Purpose.valueOf(p)));
        return new SharingClause(rs.getString("article"), Party.of(rs.getString("from_party")),
                Party.of(rs.getString("to_party")), rs.getBoolean("reciprocal"), categories, purposes,
                HandlingCode.valueOf(rs.getString("handling")), rs.getInt("retention_days"), rs.getString("note"));
    }
}
