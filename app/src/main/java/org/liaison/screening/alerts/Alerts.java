package org.liaison.screening.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertFilter;
import org.liaison.screening.AlertId;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.Gender;
import org.liaison.screening.NoticeType;
import org.liaison.screening.Photo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts table; every write takes a new change sequence so the index instances see it. */
@Repository
public class Alerts {

    private static final String COLUMNS = """
            id, reference, issuing_agency, own, subject, notice_type, name_native, name_latin, name_latin_suggested, aliases, date_of_birth,
            nationality, gender, documents, identifier, reason, action, valid_until, review_on, status,
            photo is not null as has_photo, shared_with, created_at, created_by, updated_at, change_seq""";

    private final JdbcClient db;

    Alerts(JdbcClient db) {
        this.db = db;
    }

    /** A new reference such as {@code LA-AL-2026-00017}. */
    String nextReference(String country, int year) {
        long number = db.sql("select nextval('screening_alert_number')").query(Long.class).single();
        return "%s-AL-%d-%05d".formatted(country, year, number);
    }

    void insert(Alert alert, @Nullable Photo photo, java.util.@Nullable UUID sourceMessage) {
        db.sql("""
                insert into screening_alert (id, reference, issuing_agency, own, subject, notice_type, name_native,
                    name_latin, name_latin_suggested, aliases, date_of_birth, nationality, gender, documents, identifier, reason, action,
                    valid_until, review_on, status, photo, photo_type, source_message, retention_message, shared_with,
                    created_at, created_by, updated_at)
                values (:id, :reference, :issuer, :own, :subject, :notice, :nameNative, :nameLatin, :suggested, :aliases, :dob,
                    :nationality, :gender, :documents, :identifier, :reason, :action, :validUntil, :reviewOn, :status,
                    :photo, :photoType, :source, :source, :sharedWith, :createdAt, :createdBy, :updatedAt)""")
                .param("id", alert.id().value()).param("reference", alert.reference())
                .param("issuer", alert.issuingAgency().value()).param("own", alert.own())
                .param("subject", alert.subject().name()).param("notice", alert.noticeType().name())
                .param("nameNative", alert.nameNative()).param("nameLatin", alert.nameLatin())
                .param("suggested", alert.latinSuggested())
                .param("aliases", alert.aliases().toArray(String[]::new)).param("dob", alert.dateOfBirth())
                .param("nationality", alert.nationality())
                .param("gender", alert.gender() == null ? null : alert.gender().name())
                .param("documents", alert.documents().toArray(String[]::new)).param("identifier", alert.identifier())
                .param("reason", alert.reason()).param("action", alert.action())
                .param("validUntil", alert.validUntil()).param("reviewOn", alert.reviewOn())
                .param("status", alert.status().name())
                .param("photo", photo == null ? null : photo.content())
                .param("photoType", photo == null ? null : photo.mediaType())
                .param("source", sourceMessage).param("sharedWith", alert.sharedWith().toArray(String[]::new))
                .param("createdAt", java.sql.Timestamp.from(alert.createdAt())).param("createdBy", alert.createdBy())
                .param("updatedAt", java.sql.Timestamp.from(alert.updatedAt()))
                .update();
    }

    public Optional<Alert> find(AlertId id) {
        return db.sql("select " + COLUMNS + " from screening_alert where id = ?").param(id.value())
                .query(Alerts::alert).optional();
    }

    public Optional<Alert> findByReference(AgencyId issuer, String reference) {
        return db.sql("select " + COLUMNS + " from screening_alert where issuing_agency = ? and reference = ?")
                .param(issuer.value()).param(reference).query(Alerts::alert).optional();
    }

    /** The message whose retention a partner's alert is kept under; empty for this node's own alerts. */
    public Optional<java.util.UUID> retentionMessage(AlertId id) {
        return db.sql("select retention_message from screening_alert where id = ? and retention_message is not null")
                .param(id.value()).query(java.util.UUID.class).optional();
    }

    public Optional<Photo> photo(AlertId id) {
        return db.sql("select photo, photo_type from screening_alert where id = ? and photo is not null")
                .param(id.value()).query((rs, n) -> new Photo(rs.getString("photo_type"), rs.getBytes("photo")))
                .optional();
    }

    /** Alerts changed after {@code sequence}, in change order, at most {@code limit}. */
    public List<Changed> changedAfter(long sequence, int limit) {
        return db.sql("select " + COLUMNS + " from screening_alert where change_seq > ? order by change_seq limit ?")
                .param(sequence).param(limit)
                .query((rs, n) -> new Changed(alert(rs, n), rs.getLong("change_seq"))).list();
    }

    /**
     * Replaces the fields a partner's update or withdrawal carries; keeps id, reference and creation. The alert is
     * kept from now on under the retention of {@code message}, which carried it again (and revives it if purged).
     */
    void update(Alert alert, @Nullable Photo photo, java.util.UUID message) {
        db.sql("""
                update screening_alert set notice_type = :notice, name_native = :nameNative, name_latin = :nameLatin,
                    aliases = :aliases, date_of_birth = :dob, nationality = :nationality, gender = :gender,
                    documents = :documents, identifier = :identifier, reason = :reason, action = :action,
                    valid_until = :validUntil, review_on = :reviewOn, status = :status,
                    photo = coalesce(:photo, photo), photo_type = coalesce(:photoType, photo_type),
                    updated_at = :updatedAt, retention_message = :message, purged_at = null,
                    change_seq = nextval('screening_alert_change')
                where id = :id""")
                .param("id", alert.id().value()).param("message", message).param("notice", alert.noticeType().name())
                .param("nameNative", alert.nameNative()).param("nameLatin", alert.nameLatin())
                .param("aliases", alert.aliases().toArray(String[]::new)).param("dob", alert.dateOfBirth())
                .param("nationality", alert.nationality())
                .param("gender", alert.gender() == null ? null : alert.gender().name())
                .param("documents", alert.documents().toArray(String[]::new)).param("identifier", alert.identifier())
                .param("reason", alert.reason()).param("action", alert.action())
                .param("validUntil", alert.validUntil()).param("reviewOn", alert.reviewOn())
                .param("status", alert.status().name())
                .param("photo", photo == null ? null : photo.content())
                .param("photoType", photo == null ? null : photo.mediaType())
                .param("updatedAt", java.sql.Timestamp.from(alert.updatedAt()))
                .update();
    }

    int withdraw(AlertId id, Instant at) {
        return db.sql("""
                update screening_alert set status = 'WITHDRAWN', updated_at = ?,
                    change_seq = nextval('screening_alert_change')
                where id = ? and status = 'ACTIVE'""").param(java.sql.Timestamp.from(at)).param(id.value()).update();
    }

    void addSharedWith(AlertId id, List<String> agencies) {
        db.sql("update screening_alert set shared_with = array(select distinct unnest(shared_with || ?)) where id = ?")
                .param(agencies.toArray(String[]::new)).param(id.value()).update();
    }

    public List<Alert> search(AlertFilter filter, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (filter.own() != null) {
            where.add("own = ?");
            params.add(filter.own());
        }
        if (filter.status() != null) {
            where.add("status = ?");
            params.add(filter.status().name());
        }
        if (filter.noticeType() != null) {
            where.add("notice_type = ?");
            params.add(filter.noticeType().name());
        }
        if (filter.text() != null) {
            where.add("(reference ilike ? or name_latin ilike ? or name_native ilike ? or identifier ilike ?)");
            var like = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like, like));
        }
        var sql = "select " + COLUMNS + " from screening_alert"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by updated_at desc, reference limit " + limit;
        return db.sql(sql).params(params).query(Alerts::alert).list();
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        var gender = rs.getString("gender");
        return new Alert(new AlertId(rs.getObject("id", java.util.UUID.class)), rs.getString("reference"),
                AgencyId.of(rs.getString("issuing_agency")), rs.getBoolean("own"),
                AlertSubject.valueOf(rs.getString("subject")), NoticeType.valueOf(rs.getString("notice_type")),
                rs.getString("name_native"), rs.getString("name_latin"), rs.getBoolean("name_latin_suggested"),
                strings(rs, "aliases"),
                rs.getString("date_of_birth"), rs.getString("nationality"), gender == null ? null : Gender.valueOf(gender),
                strings(rs, "documents"), rs.getString("identifier"), rs.getString("reason"), rs.getString("action"),
                rs.getObject("valid_until", LocalDate.class), rs.getObject("review_on", LocalDate.class),
                AlertStatus.valueOf(rs.getString("status")), rs.getBoolean("has_photo"), strings(rs, "shared_with"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public record Changed(Alert alert, long sequence) {
    }
}
