package org.liaison.screening.hits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.screening.AlertHit;
import org.liaison.screening.AlertId;
import org.liaison.screening.BatchId;
import org.liaison.screening.HitFilter;
import org.liaison.screening.HitId;
import org.liaison.screening.HitNotice;
import org.liaison.screening.HitStatus;
import org.liaison.screening.NoticeType;
import org.liaison.screening.input.Fields;
import org.liaison.screening.watchlist.Screener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hits and their decisions; joined with their alert for display. */
@Repository
public class Hits {

    private static final String SELECT = """
            select h.*, a.reference, a.notice_type, a.issuing_agency, a.own, a.subject, a.name_latin, a.name_native,
                a.identifier, coalesce(h.notification_message, case when not a.own then a.retention_message end)
                    as retention_message
            from screening_hit h join screening_alert a on a.id = h.alert_id""";

    private final JdbcClient db;
    private final FactorsColumn factors;

    Hits(JdbcClient db, FactorsColumn factors) {
        this.db = db;
        this.factors = factors;
    }

    /** Records a hit found in a batch row: every row keeps its own. */
    public void insert(HitId id, Screener.Candidate candidate, Found origin, Instant at) {
        insert(id, candidate, origin, null, at);
    }

    /**
     * Records a hit found by a single screening, or, when the same agency screened the same traveller against
     * the same alert before and nobody has decided that hit yet, answers the open one: officers decide a
     * person once, not once per look-up.
     */
    public HitId insertOrReuse(HitId id, Screener.Candidate candidate, Found origin, Instant at) {
        var key = SubjectKey.of(origin);
        if (insert(id, candidate, origin, key, at) == 1) {
            return id;
        }
        return db.sql("""
                select id from screening_hit where agency = ? and alert_id = ? and subject_key = ?
                    and status = 'POSSIBLE' and purged_at is null""")
                .params(origin.agency(), candidate.alert().id().value(), key)
                .query((rs, n) -> new HitId(rs.getObject("id", UUID.class))).single();
    }

    private int insert(HitId id, Screener.Candidate candidate, Found origin, @Nullable String subjectKey, Instant at) {
        return db.sql("""
                insert into screening_hit (id, alert_id, screening_id, batch_id, batch_row, agency, checkpoint,
                    traveller_name, date_of_birth, nationality, document, score, explanation, factors, subject_key,
                    status, found_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'POSSIBLE', ?)
                on conflict (agency, alert_id, subject_key)
                    where status = 'POSSIBLE' and subject_key is not null and purged_at is null do nothing""")
                .params(id.value(), candidate.alert().id().value(), origin.screening(),
                        origin.batch() == null ? null : origin.batch().value(), origin.row(), origin.agency(),
                        origin.checkpoint(), origin.travellerName(), origin.dateOfBirth(), origin.nationality(),
                        origin.document(), Math.round(candidate.score() * 1000) / 1000.0,
                        Fields.cut(candidate.explanation(), 4000), factors.write(candidate.factors()), subjectKey,
                        Timestamp.from(at))
                .update();
    }

    public Optional<AlertHit> find(HitId id) {
        return db.sql(SELECT + " where h.id = ?").param(id.value()).query(this::hit).optional();
    }

    Optional<AlertHit> findByNotification(UUID message) {
        return db.sql(SELECT + " where h.notification_message = ?").param(message).query(this::hit).optional();
    }

    /** Hits found by the agencies the caller covers; newest first, one page + 1. */
    public List<AlertHit> search(Reach reach, HitFilter filter) {
        var scope = reach.where("h.agency");
        var where = new ArrayList<String>(List.of(scope.sql()));
        var params = new ArrayList<Object>(scope.params());
        if (filter.status() != null) {
            where.add("h.status = ?");
            params.add(filter.status().name());
        }
        if (filter.alert() != null) {
            where.add("h.alert_id = ?");
            params.add(filter.alert().value());
        }
        if (filter.batch() != null) {
            where.add("h.batch_id = ?");
            params.add(filter.batch().value());
        }
        var sql = SELECT + " where " + String.join(" and ", where)
                + " order by h.found_at desc, h.score desc limit " + (HitFilter.PAGE_SIZE + 1)
                + " offset " + (long) filter.page() * HitFilter.PAGE_SIZE;
        return db.sql(sql).params(params).query(this::hit).list();
    }

    /** Hits found by the agencies the caller covers whose traveller's name contains {@code text}; newest first. */
    public List<AlertHit> withTravellerNamed(Reach reach, String text, int limit) {
        var scope = reach.where("h.agency");
        var params = new ArrayList<Object>(scope.params());
        params.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.add(limit);
        return db.sql(SELECT + " where " + scope.sql() + " and h.purged_at is null and h.traveller_name ilike ?"
                + " order by h.found_at desc limit ?").params(params).query(this::hit).list();
    }

    public long countPossible(Reach reach) {
        var scope = reach.where("agency");
        return db.sql("select count(*) from screening_hit where status = 'POSSIBLE' and " + scope.sql())
                .params(scope.params()).query(Long.class).single();
    }

    /** Records the decision if the hit is still undecided (and not purged); returns whether it was. */
    boolean decide(HitId id, HitStatus status, String officer, String note, Instant at) {
        return db.sql("""
                update screening_hit set status = ?, decided_by = ?, decided_at = ?, decision_note = ?
                where id = ? and status = 'POSSIBLE' and purged_at is null""")
                .params(status.name(), officer, Timestamp.from(at), note, id.value()).update() == 1;
    }

    void notice(HitId id, HitNotice notice, @Nullable String detail, @Nullable UUID message) {
        db.sql("update screening_hit set notification = ?, notification_detail = ?, notification_message = ? where id = ?")
                .params(notice.name(), Fields.cut(detail, 1000), message, id.value()).update();
    }

    void answered(HitId id, UUID reply) {
        db.sql("update screening_hit set notification = 'ANSWERED', reply_message = ? where id = ?")
                .params(reply, id.value()).update();
    }

    private AlertHit hit(ResultSet rs, int row) throws SQLException {
        var batch = rs.getObject("batch_id", UUID.class);
        var decided = rs.getTimestamp("decided_at");
        var latin = rs.getString("name_latin");
        var named = !"PERSON".equals(rs.getString("subject")) ? rs.getString("identifier")
                : latin != null ? latin : rs.getString("name_native");
        var title = named != null ? named : rs.getString("reference"); // a purged partner alert has no name left
        return new AlertHit(new HitId(rs.getObject("id", UUID.class)), new AlertId(rs.getObject("alert_id", UUID.class)),
                rs.getString("reference"), NoticeType.valueOf(rs.getString("notice_type")),
                AgencyId.of(rs.getString("issuing_agency")), rs.getBoolean("own"), title,
                AgencyId.of(rs.getString("agency")), rs.getString("checkpoint"), rs.getString("traveller_name"),
                rs.getString("date_of_birth"), rs.getString("nationality"), rs.getString("document"),
                rs.getDouble("score"), rs.getString("explanation"), factors.read(rs.getString("factors")), HitStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
                HitNotice.valueOf(rs.getString("notification")), rs.getString("notification_detail"),
                rs.getObject("notification_message", UUID.class), rs.getObject("reply_message", UUID.class),
                rs.getTimestamp("found_at").toInstant(), batch == null ? null : new BatchId(batch),
                rs.getObject("retention_message", UUID.class), instant(rs, "purged_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Where a hit was found: a single screening or a row of a batch, by which agency, on whom. */
    public record Found(@Nullable UUID screening, @Nullable BatchId batch, @Nullable Integer row, String agency,
                        @Nullable String checkpoint, String travellerName, @Nullable String dateOfBirth,
                        @Nullable String nationality, @Nullable String document) {
    }
}
