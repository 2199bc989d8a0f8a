package org.liaison.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.liaison.cases.CaseId;
import org.liaison.cases.LinkedPerson;
import org.liaison.cases.PersonRole;
import org.liaison.cases.SeizedItem;
import org.liaison.cases.Seizure;
import org.liaison.cases.Species;
import org.liaison.cases.Unit;
import org.liaison.cases.Vehicle;
import org.liaison.cases.VehicleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The persons, vehicles and seizures linked to cases; callers have checked the case is the caller's to see. */
@Repository
public class CaseLinks {

    private final JdbcClient jdbc;

    CaseLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LinkedPerson> persons(CaseId id) {
        return jdbc.sql("""
                select id, case_id, role, name_original, name_latin, nationality, date_of_birth, documents
                from case_person where case_id = ? order by added_at, name_latin""").param(id.value())
                .query((rs, n) -> new LinkedPerson(rs.getObject("id", UUID.class), id,
                        PersonRole.valueOf(rs.getString("role")), rs.getString("name_original"),
                        rs.getString("name_latin"), rs.getString("nationality"),
                        rs.getObject("date_of_birth", LocalDate.class), CaseRecords.strings(rs, "documents")))
                .list();
    }

    public void insert(LinkedPerson p, String by, Instant at) {
        jdbc.sql("""
                insert into case_person (id, case_id, role, name_original, name_latin, nationality, date_of_birth,
                                         documents, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.caseId().value(), p.role().name(), p.nameOriginal(), p.nameLatin(), p.nationality(),
                        p.dateOfBirth(), p.documents().toArray(String[]::new), by, utc(at))
                .update();
    }

    public List<Vehicle> vehicles(CaseId id) {
        return jdbc.sql("select id, kind, plate, country, description from case_vehicle where case_id = ? order by added_at")
                .param(id.value())
                .query((rs, n) -> new Vehicle(rs.getObject("id", UUID.class), id, VehicleKind.valueOf(rs.getString("kind")),
                        rs.getString("plate"), rs.getString("country"), rs.getString("description")))
                .list();
    }

    public void insert(Vehicle v, String by, Instant at) {
        jdbc.sql("""
                insert into case_vehicle (id, case_id, kind, plate, country, description, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.id(), v.caseId().value(), v.kind().name(), v.plate(), v.country(), v.description(), by, utc(at))
                .update();
    }

    public List<Seizure> seizures(CaseId id) {
        return jdbc.sql("""
                select id, item, species, quantity, unit, estimated_value, currency, seized_on, lot
                from case_seizure where case_id = ? order by seized_on, added_at""").param(id.value())
                .query((rs, n) -> seizure(rs, id)).list();
    }

    public void insert(Seizure s, String by, Instant at) {
        jdbc.sql("""
                insert into case_seizure (id, case_id, item, species, quantity, unit, estimated_value, currency,
                                          seized_on, lot, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.caseId().value(), s.item().name(), s.species() == null ? null : s.species().name(),
                        s.quantity(), s.unit().name(), s.estimatedValue(), s.currency(), s.seizedOn(), s.lot(), by, utc(at))
                .update();
    }

    private static Seizure seizure(ResultSet rs, CaseId id) throws SQLException {
        var species = rs.getString("species");
        return new Seizure(rs.getObject("id", UUID.class), id, SeizedItem.valueOf(rs.getString("item")),
                species == null ? null : Species.valueOf(species), rs.getBigDecimal("quantity").stripTrailingZeros(),
                Unit.valueOf(rs.getString("unit")), rs.getBigDecimal("estimated_value"), rs.getString("currency"),
                rs.getObject("seized_on", LocalDate.class), rs.getString("lot"));
    }


    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
