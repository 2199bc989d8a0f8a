package org.liaison.screening;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts for the statistics page, by day in the node's zone, scoped to an agency and those below it. */
@Repository
class Statistics {

    private final JdbcClient db;

    Statistics(JdbcClient db) {
        this.db = db;
    }

    ScreeningStatistics between(LocalDate from, LocalDate to, @Nullable String agency, ZoneId zone) {
        var start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        var scope = scope(agency, "");
        var screenings = count("select count(*) from screening where screened_at >= :start and screened_at < :end and "
                + scope, start, end, agency);
        var rows = count("select coalesce(sum(done), 0) from screening_batch where created_at >= :start and created_at < :end and "
                + scope, start, end, agency);
        var byStatus = new EnumMap<HitStatus, Long>(HitStatus.class);
        bind(db.sql("select status, count(*) n from screening_hit where found_at >= :start and found_at < :end and "
                + scope + " group by status"), start, end, agency)
                .query((rs, n) -> byStatus.put(HitStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        var byNotice = new EnumMap<NoticeType, Long>(NoticeType.class);
        bind(db.sql("""
                select a.notice_type, count(*) n from screening_hit h join screening_alert a on a.id = h.alert_id
                where h.status = 'CONFIRMED' and h.found_at >= :start and h.found_at < :end and """
                + scope(agency, "h.") + " group by a.notice_type"), start, end, agency)
                .query((rs, n) -> byNotice.put(NoticeType.valueOf(rs.getString("notice_type")), rs.getLong("n"))).list();
        var checkpoints = bind(db.sql("select coalesce(checkpoint, '—') c, count(*) n from screening where screened_at >= :start"
                + " and screened_at < :end and " + scope + " group by 1 order by 2 desc limit 20"), start, end, agency)
                .query((rs, n) -> new ScreeningStatistics.Count(rs.getString("c"), rs.getLong("n"))).list();
        long confirmed = byStatus.getOrDefault(HitStatus.CONFIRMED, 0L);
        long discarded = byStatus.getOrDefault(HitStatus.DISCARDED, 0L);
        var today = LocalDate.now(zone);
        return new ScreeningStatistics(from, to, screenings, rows, byStatus.getOrDefault(HitStatus.POSSIBLE, 0L),
                confirmed, discarded, confirmed + discarded == 0 ? null : (double) discarded / (confirmed + discarded),
                byNotice, checkpoints, inForce(true, today), inForce(false, today),
                db.sql("select count(*) from screening_reported_hit where received_at >= ? and received_at < ?")
                        .params(start, end).query(Long.class).single());
    }

    private static String scope(@Nullable String agency, String alias) {
        return agency == null ? "true" : "(" + alias + "agency = :agency or " + alias + "agency like :below)";
    }

    private long inForce(boolean own, LocalDate today) {
        return db.sql("select count(*) from screening_alert where own = ? and status = 'ACTIVE' "
                + "and (valid_until is null or valid_until >= ?)").params(own, today).query(Long.class).single();
    }

    private long count(String sql, Timestamp start, Timestamp end, @Nullable String agency) {
        return bind(db.sql(sql), start, end, agency).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Timestamp start, Timestamp end,
                                                 @Nullable String agency) {
        spec = spec.param("start", start).param("end", end);
        return agency == null ? spec : spec.param("agency", agency).param("below", agency + "/%");
    }
}
