package org.liaison.committees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.Party;
import org.liaison.committees.Committee;
import org.liaison.committees.CommitteeDraft;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.CommitteeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committees this node keeps, by name. */
@Repository
public class JointCommittees {

    private static final String SELECT = """
            select id, kind, name, native_name, native_name_latin, native_language, parties, agreements
            from committee
            """;

    private final JdbcClient jdbc;

    JointCommittees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Committee> find(CommitteeId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(JointCommittees::map).optional();
    }

    /** Committees matching every filter given: kind, a party (or one within it or above it), text. */
    public List<Committee> search(@Nullable CommitteeKind kind, @Nullable String party, @Nullable String text) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (kind != null) {
            where.add("kind = ?");
            params.add(kind.name());
        }
        if (party != null) {
            var related = Party.of(party).related("p");
            where.add("exists (select 1 from unnest(parties) p where " + related.sql() + ")");
            params.addAll(related.params());
        }
        if (text != null) {
            where.add("(name ilike ? or native_name ilike ? or native_name_latin ilike ?)");
            var pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(pattern, pattern, pattern));
        }
        var sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by name";
        return jdbc.sql(sql).params(params).query(JointCommittees::map).list();
    }

    public List<Committee> overseeing(AgreementId agreement) {
        return jdbc.sql(SELECT + " where ? = any(agreements) order by name").param(agreement.value())
                .query(JointCommittees::map).list();
    }

    public boolean insertIfAbsent(CommitteeId id, CommitteeDraft draft) {
        return jdbc.sql("""
                insert into committee (id, kind, name, native_name, native_name_latin, native_language, parties, agreements)
                values (:id, :kind, :name, :nativeName, :latin, :language, :parties, :agreements)
                on conflict (id) do nothing
                """)
                .param("id", id.value()).param("kind", String.valueOf(draft.kind())).param("name", draft.name())
                .param("nativeName", draft.nativeName(), Types.VARCHAR)
                .param("latin", draft.nativeNameLatin(), Types.VARCHAR)
                .param("language", draft.nativeLanguage(), Types.VARCHAR)
                .param("parties", draft.partyList().toArray(String[]::new))
                .param("agreements", draft.agreementList().toArray(String[]::new))
                .update() == 1;
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Committee map(ResultSet rs, int row) throws SQLException {
        return new Committee(new CommitteeId(rs.getObject("id", java.util.UUID.class)),
                CommitteeKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("native_name"),
                rs.getString("native_name_latin"), rs.getString("native_language"), strings(rs, "parties"),
                strings(rs, "agreements").stream().map(AgreementId::of).toList());
    }
}
