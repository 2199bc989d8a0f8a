package org.liaison.directory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.Agency;
import org.liaison.directory.AgencyDraft;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyType;
import org.liaison.directory.Official;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies of the directory, in id order so that children follow their parent. */
@Repository
public class Agencies {

    private static final String SELECT = """
            select id, country, type, name, native_name, native_name_latin, abbreviation,
                   head_name, head_native_name, head_title, head_noted_year
            from agency
            """;

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> all() {
        return jdbc.sql(SELECT + " order by id").query(Agencies::map).list();
    }

    public Optional<Agency> find(AgencyId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(Agencies::map).optional();
    }

    boolean exists(AgencyId id) {
        return jdbc.sql("select count(*) from agency where id = ?").param(id.value()).query(Long.class).single() > 0;
    }

    public List<Agency> childrenOf(AgencyId id) {
        return jdbc.sql(SELECT + " where parent_id = ? order by id").param(id.value()).query(Agencies::map).list();
    }

    /** Agencies matching every given filter; text matches any name, the abbreviation or the id. */
    public List<Agency> search(@Nullable String country, @Nullable AgencyType type, @Nullable String text) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (country != null) {
            where.add("country = ?");
            params.add(country);
        }
        if (type != null) {
            where.add("type = ?");
            params.add(type.name());
        }
        if (text != null) {
            where.add("(name ilike ? or native_name ilike ? or native_name_latin ilike ? or abbreviation ilike ?"
                    + " or id ilike ? or head_name ilike ?)");
            var pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 6; i++) {
                params.add(pattern);
            }
        }
        var sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id";
        return jdbc.sql(sql).params(params).query(Agencies::map).list();
    }

    public void insert(AgencyDraft draft) {
        var id = draft.agencyId();
        bind(jdbc.sql("""
                insert into agency (id, parent_id, country, type, name, native_name, native_name_latin, abbreviation,
                                    head_name, head_native_name, head_title, head_noted_year)
                values (:id, :parent, :country, :type, :name, :nativeName, :latin, :abbreviation,
                        :headName, :headNativeName, :headTitle, :headYear)
                """), draft)
                .param("parent", id.parent().map(AgencyId::value).orElse(null), Types.VARCHAR)
                .param("country", id.country())
                .update();
    }

    public int update(AgencyDraft draft) {
        return bind(jdbc.sql("""
                update agency set type = :type, name = :name, native_name = :nativeName, native_name_latin = :latin,
                       abbreviation = :abbreviation, head_name = :headName, head_native_name = :headNativeName,
                       head_title = :headTitle, head_noted_year = :headYear, updated_at = now()
                where id = :id
                """), draft).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AgencyDraft d) {
        return spec.param("id", d.id())
                .param("type", String.valueOf(d.type()))
                .param("name", d.name())
                .param("nativeName", d.nativeName(), Types.VARCHAR)
                .param("latin", d.nativeNameLatin(), Types.VARCHAR)
                .param("abbreviation", d.abbreviation(), Types.VARCHAR)
                .param("headName", d.headName(), Types.VARCHAR)
                .param("headNativeName", d.headNativeName(), Types.VARCHAR)
                .param("headTitle", d.headTitle(), Types.VARCHAR)
                .param("headYear", d.headNotedYear(), Types.SMALLINT);
    }

    private static Agency map(ResultSet rs, int row) throws SQLException {
        var headName = rs.getString("head_name");
        var year = rs.getObject("head_noted_year", Integer.class);
        var head = headName == null ? null
                : new Official(headName, rs.getString("head_native_name"), rs.getString("head_title"), year);
        return new Agency(AgencyId.of(rs.getString("id")), rs.getString("country"),
                AgencyType.valueOf(rs.getString("type")), rs.getString("name"), rs.getString("native_name"),
                rs.getString("native_name_latin"), rs.getString("abbreviation"), head);
    }
}
