package org.liaison.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.Validity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreement rows with their parties and areas. Details live in their own repositories. */
@Repository
public class Agreements {

    private static final String SUMMARY = """
            select a.id, a.kind, a.title, a.native_title, a.status, a.restricted, a.signed_on, a.valid_from,
                   a.valid_until, a.covers_year, a.time_zone,
                   (select string_agg(p.party, ',' order by p.position) from agreement_party p where p.agreement_id = a.id) parties,
                   (select string_agg(r.area, ',') from agreement_area r where r.agreement_id = a.id) areas
            from agreement a
            """;

    private final JdbcClient jdbc;

    Agreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(AgreementId id) {
        return jdbc.sql("select count(*) from agreement where id = ?").param(id.value()).query(Long.class).single() > 0;
    }

    public void insert(AgreementDraft draft, AgreementStatus status, String by, Instant now) {
        bind(jdbc.sql("""
                insert into agreement (id, kind, title, native_title, status, restricted, signed_on, signed_place,
                    meeting_form, valid_from, valid_until, covers_year, time_zone, summary, created_at, created_by, updated_at)
                values (:id, :kind, :title, :nativeTitle, :status, :restricted, :signedOn, :signedPlace,
                    :meetingForm, :validFrom, :validUntil, :coversYear, :timeZone, :summary, :now, :by, :now)
                """), draft).param("status", status.name()).param("by", by).param("now", java.sql.Timestamp.from(now)).update();
        replaceParties(draft);
    }

    /** Updates unless someone else changed it since {@code version}; says whether it did. */
    public boolean update(AgreementDraft draft, int version, Instant now) {
        int rows = bind(jdbc.sql("""
                update agreement set kind = :kind, title = :title, native_title = :nativeTitle, restricted = :restricted,
                    signed_on = :signedOn, signed_place = :signedPlace, meeting_form = :meetingForm,
                    valid_from = :validFrom, valid_until = :validUntil, covers_year = :coversYear,
                    time_zone = :timeZone, summary = :summary, updated_at = :now, version = version + 1
                where id = :id and version = :version
                """), draft).param("version", version).param("now", java.sql.Timestamp.from(now)).update();
        if (rows == 1) {
            replaceParties(draft);
        }
        return rows == 1;
    }

    public void setStatus(AgreementId id, AgreementStatus status, @Nullable LocalDate endedOn, @Nullable String note,
                          Instant now) {
        jdbc.sql("""
                update agreement set status = :status, ended_on = coalesce(:endedOn, ended_on), status_note = :note,
                    updated_at = :now, version = version + 1 where id = :id
                """).param("id", id.value()).param("status", status.name()).param("endedOn", endedOn, Types.DATE)
                .param("note", note, Types.VARCHAR).param("now", java.sql.Timestamp.from(now)).update();
    }

    public Optional<AgreementSummary> summary(AgreementId id) {
        return jdbc.sql(SUMMARY + " where a.id = ?").param(id.value()).query(Agreements::summary).optional();
    }

    /** The agreement's own columns beyond its summary. */
    public Optional<AgreementRow> row(AgreementId id) {
        return jdbc.sql("""
                select signed_place, meeting_form, summary, ended_on, status_note, created_at, created_by, version
                from agreement where id = ?
                """).param(id.value()).query((rs, n) -> new AgreementRow(rs.getString(1),
                        rs.getString(2) == null ? null : MeetingForm.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7), rs.getInt(8))).optional();
    }

    public List<AgreementSummary> find(AgreementFilter filter) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (filter.text() != null && !filter.text().isBlank()) {
            var text = "%" + filter.text().strip().toLowerCase() + "%";
            where.add("(lower(a.title) like ? or lower(a.id) like ? or lower(coalesce(a.native_title, '')) like ?)");
            params.addAll(List.of(text, text, text));
        }
        if (filter.status() != null) {
            where.add("a.status = ?");
            params.add(filter.status().name());
        }
        if (filter.party() != null) {
            var related = filter.party().related("p.party");
            where.add("exists (select 1 from agreement_party p where p.agreement_id = a.id and " + related.sql() + ")");
            params.addAll(related.params());
        }
        if (filter.area() != null) {
            where.add("exists (select 1 from agreement_area r where r.agreement_id = a.id and r.area = ?)");
            params.add(filter.area().name());
        }
        return jdbc.sql(SUMMARY + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by coalesce(a.signed_on, a.valid_from) desc nulls last, a.id limit 500")
                .params(params).query(Agreements::summary).list();
    }

    public List<AgreementId> inForceEndingBefore(LocalDate day) {
        return jdbc.sql("""
                select id from agreement where status = 'IN_FORCE'
                and coalesce(valid_until, make_date(covers_year, 12, 31)) < ?
                """).param(day).query((rs, n) -> AgreementId.of(rs.getString(1))).list();
    }

    private void replaceParties(AgreementDraft draft) {
        var id = draft.id().value();
        jdbc.sql("delete from agreement_party where agreement_id = ?").param(id).update();
        jdbc.sql("delete from agreement_area where agreement_id = ?").param(id).update();
        for (int i = 0; i < draft.parties().size(); i++) {
            jdbc.sql("insert into agreement_party (agreement_id, party, position) values (?, ?, ?)")
                    .params(id, draft.parties().get(i).value(), i).update();
        }
        for (var area : draft.areas()) {
            jdbc.sql("insert into agreement_area (agreement_id, area) values (?, ?)").params(id, area.name()).update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AgreementDraft d) {
        return spec.param("id", d.id().value()).param("kind", d.kind().name()).param("title", d.title())
                .param("nativeTitle", d.nativeTitle(), Types.VARCHAR).param("restricted", d.restricted())
                .param("signedOn", d.signedOn(), Types.DATE).param("signedPlace", d.signedPlace(), Types.VARCHAR)
                .param("meetingForm", d.meetingForm() == null ? null : d.meetingForm().name(), Types.VARCHAR)
                .param("validFrom", d.validFrom(), Types.DATE).param("validUntil", d.validUntil(), Types.DATE)
                .param("coversYear", d.coversYear(), Types.SMALLINT).param("timeZone", d.timeZone())
                .param("summary", d.summary(), Types.VARCHAR);
    }

    static AgreementSummary summary(ResultSet rs, int row) throws SQLException {
        var zone = ZoneId.of(rs.getString("time_zone"));
        Integer year = rs.getObject("covers_year") == null ? null : rs.getInt("covers_year");
        var validity = year != null
                ? new Validity(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), zone)
                : new Validity(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class), zone);
        return new AgreementSummary(AgreementId.of(rs.getString("id")), AgreementKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("native_title"), AgreementStatus.valueOf(rs.getString("status")),
                rs.getBoolean("restricted"), split(rs.getString("parties")).stream().map(Party::of).toList(),
                rs.getObject("signed_on", LocalDate.class), validity, year, areas(rs.getString("areas")));
    }

    private static List<String> split(@Nullable String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static Set<CooperationArea> areas(@Nullable String csv) {
        var set = EnumSet.noneOf(CooperationArea.class);
        split(csv).forEach(a -> set.add(CooperationArea.valueOf(a)));
        return set;
    }

    public record AgreementRow(@Nullable String signedPlace, @Nullable MeetingForm meetingForm,
                               @Nullable String summary, @Nullable LocalDate endedOn, @Nullable String statusNote,
                               Instant createdAt, String createdBy, int version) {
    }
}
