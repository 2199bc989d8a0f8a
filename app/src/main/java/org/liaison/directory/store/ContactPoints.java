package org.liaison.directory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.directory.AgencyId;
import org.liaison.directory.ContactKind;
import org.liaison.directory.ContactPoint;
import org.liaison.directory.ContactPointDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact points of agencies. */
@Repository
public class ContactPoints {

    private static final String SELECT =
            "select id, agency_id, name, kind, phone, email, languages, hours from contact_point";

    private final JdbcClient jdbc;

    ContactPoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactPoint> all() {
        return jdbc.sql(SELECT + " order by agency_id, name").query(ContactPoints::map).list();
    }

    public List<ContactPoint> of(AgencyId agency) {
        return jdbc.sql(SELECT + " where agency_id = ? order by name").param(agency.value())
                .query(ContactPoints::map).list();
    }

    public Optional<ContactPoint> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ContactPoints::map).optional();
    }

    /** Inserts unless a contact point with this id exists; says whether it inserted. */
    public boolean insertIfAbsent(UUID id, ContactPointDraft draft) {
        return bind(jdbc.sql("""
                insert into contact_point (id, agency_id, name, kind, phone, email, languages, hours)
                values (:id, :agency, :name, :kind, :phone, :email, :languages, :hours)
                on conflict (id) do nothing
                """), draft).param("id", id).update() == 1;
    }

    public int update(UUID id, ContactPointDraft draft) {
        return bind(jdbc.sql("""
                update contact_point set agency_id = :agency, name = :name, kind = :kind, phone = :phone,
                       email = :email, languages = :languages, hours = :hours, updated_at = now()
                where id = :id
                """), draft).param("id", id).update();
    }

    public int delete(UUID id) {
        return jdbc.sql("delete from contact_point where id = ?").param(id).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ContactPointDraft d) {
        return spec.param("agency", d.agency()).param("name", d.name()).param("kind", String.valueOf(d.kind()))
                .param("phone", d.phone(), Types.VARCHAR).param("email", d.email(), Types.VARCHAR)
                .param("languages", d.languages()).param("hours", d.hours(), Types.VARCHAR);
    }

    private static ContactPoint map(ResultSet rs, int row) throws SQLException {
        return new ContactPoint(rs.getObject("id", UUID.class), AgencyId.of(rs.getString("agency_id")),
                rs.getString("name"), ContactKind.valueOf(rs.getString("kind")), rs.getString("phone"),
                rs.getString("email"), Arrays.asList(rs.getString("languages").split(",")), rs.getString("hours"));
    }
}
