package org.liaison.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseFilter;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CaseType;
import org.liaison.cases.CrimeCase;
import org.liaison.cases.Place;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases this node keeps; every read is limited to what the caller's reach covers (ADR 0012). */
@Repository
public class CaseRecords {

    private static final String SELECT = """
            select id, number, type, title, summary, status, lead_agency, officers, province, district, checkpoint_id,
                   latitude, longitude, unguarded, occurred_on, reported_on, closed_on, demo_note, opened_by, opened_at
            from crime_case
            """;

    private final JdbcClient jdbc;

    CaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case if the caller's reach covers its lead agency; otherwise as if it did not exist. */
    public Optional<CrimeCase> visible(CaseId id) {
        var reach = Reach.current().where("lead_agency");
        var params = new ArrayList<Object>(List.of(id.value()));
        params.addAll(reach.params());
        return jdbc.sql(SELECT + " where id = ? and " + reach.sql()).params(params).query(CaseRecords::map).optional();
    }

    /** The same, locked for a change, so two changes cannot both start from the same status. */
    public Optional<CrimeCase> lockVisible(CaseId id) {
        var reach = Reach.current().where("lead_agency");
        var params = new ArrayList<Object>(List.of(id.value()));
        params.addAll(reach.params());
        return jdbc.sql(SELECT + " where id = ? and " + reach.sql() + " for update").params(params)
                .query(CaseRecords::map).optional();
    }

    public List<CrimeCase> search(CaseFilter filter, int limit) {
        var where = where(filter);
        var params = new ArrayList<>(where.params());
        params.add(limit);
        return jdbc.sql(SELECT + " where " + where.sql() + " order by occurred_on desc, number desc limit ?")
                .params(params).query(CaseRecords::map).list();
    }

    /** How many cases match, counting only those the caller may see. */
    public long count(CaseFilter filter) {
        var where = where(filter);
        return jdbc.sql("select count(*) from crime_case where " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    private static AgencyId.SqlCondition where(CaseFilter filter) {
        var reach = Reach.current().where("lead_agency");
        var sql = new ArrayList<String>(List.of(reach.sql()));
        var params = new ArrayList<Object>(reach.params());
        if (filter.type() != null) {
            sql.add("type = ?");
            params.add(filter.type().name());
        }
        if (filter.status() != null) {
            sql.add("status = ?");
            params.add(filter.status().name());
        }
        if (filter.province() != null) {
            sql.add("lower(province) = lower(?)");
            params.add(filter.province());
        }
        if (filter.text() != null) {
            sql.add("(number ilike ? or title ilike ? or summary ilike ?)");
            var like = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        return new AgencyId.SqlCondition(String.join(" and ", sql), params);
    }

    /** The next case number of the agency: {@code KH/MOI/GDI-2026-000042}, from one node-wide sequence. */
    public String nextNumber(AgencyId lead, int year) {
        long next = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        return "%s-%d-%06d".formatted(lead.value(), year, next);
    }

    public void insert(CrimeCase c) {
        jdbc.sql("""
                insert into crime_case (id, number, type, title, summary, status, lead_agency, officers, province,
                    district, checkpoint_id, latitude, longitude, unguarded, occurred_on, reported_on, closed_on,
                    demo_note, opened_by, opened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(row(c)).update();
    }

    public void update(CrimeCase c) {
        var d = c.details();
        var p = d.place();
        jdbc.sql("""
                update crime_case set type = ?, title = ?, summary = ?, status = ?, lead_agency = ?, officers = ?,
                    province = ?, district = ?, checkpoint_id = ?, latitude = ?, longitude = ?, unguarded = ?,
                    occurred_on = ?, reported_on = ?, closed_on = ?
                where id = ?
                """).params(d.type().name(), d.title(), d.summary(), c.status().name(), d.leadAgency().value(),
                        d.officers().toArray(String[]::new), p.province(), p.district(), p.checkpoint(),
                        p.latitude(), p.longitude(), p.unguarded(), d.occurredOn(), d.reportedOn(), c.closedOn(),
                        c.id().value())
                .update();
    }

    public boolean exists(CaseId id) {
        return jdbc.sql("select count(*) from crime_case where id = ?").param(id.value()).query(Long.class).single() > 0;
    }

    private static List<Object> row(CrimeCase c) {
        var d = c.details();
        var p = d.place();
        var values = new ArrayList<Object>();
        values.addAll(List.of(c.id().value(), c.number(), d.type().name(), d.title(), d.summary(), c.status().name(),
                d.leadAgency().value(), d.officers().toArray(String[]::new)));
        values.add(p.province());
        values.add(p.district());
        values.add(p.checkpoint());
        values.add(p.latitude());
        values.add(p.longitude());
        values.add(p.unguarded());
        values.add(d.occurredOn());
        values.add(d.reportedOn());
        values.add(c.closedOn());
        values.add(c.demoNote());
        values.add(c.openedBy());
        values.add(OffsetDateTime.ofInstant(c.openedAt(), java.time.ZoneOffset.UTC));
        return values;
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static CrimeCase map(ResultSet rs, int row) throws SQLException {
        var checkpoint = rs.getObject("checkpoint_id", Long.class);
        var latitude = rs.getObject("latitude", Double.class);
        var longitude = rs.getObject("longitude", Double.class);
        var place = new Place(rs.getString("province"), rs.getString("district"), checkpoint, latitude, longitude,
                rs.getBoolean("unguarded"));
        var details = new CaseDetails(CaseType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.getString("summary"), AgencyId.of(rs.getString("lead_agency")), strings(rs, "officers"), place,
                rs.getObject("occurred_on", LocalDate.class), rs.getObject("reported_on", LocalDate.class));
        return new CrimeCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"), details,
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("closed_on", LocalDate.class),
                rs.getString("demo_note"), rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

}
