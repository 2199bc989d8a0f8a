package org.liaison.screening.statistics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.liaison.directory.AgencyId.SqlCondition;
import org.liaison.identity.Reach;
import org.liaison.screening.HitStatus;
import org.liaison.screening.NoticeType;
import org.liaison.screening.ScreeningStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for the statistics page, by day in the node's zone: screenings, lists and hits of the agencies the caller
 * covers; alerts in force and partners' hit reports for the whole node, as every screener sees the alerts.
 */
@Repository
public class Statistics {

    private final JdbcClient db;

    Statistics(JdbcClient db) {
        this.db = db;
    }

    public ScreeningStatistics between(LocalDate from, LocalDate to, Reach reach, ZoneId zone) {
        var period = new Period(Timestamp.from(from.atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        var screenings = scoped("select count(*) from screening where screened_at >= ? and screened_at < ? and %s",
                period, reach.where("agency")).query(Long.class).single();
        var rows = scoped("select coalesce(sum(done), 0) from screening_batch where created_at >= ? and created_at < ? and %s",
                period, reach.where("agency")).query(Long.class).single();
        var byStatus = new EnumMap<HitStatus, Long>(HitStatus.class);
        scoped("select status, count(*) n from screening_hit where found_at >= ? and found_at < ? and %s group by status",
                period, reach.where("agency"))
                .query((rs, n) -> byStatus.put(HitStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        var byNotice = new EnumMap<NoticeType, Long>(NoticeType.class);
        scoped("""
                select a.notice_type, count(*) n from screening_hit h join screening_alert a on a.id = h.alert_id
                where h.found_at >= ? and h.found_at < ? and %s and h.status = 'CONFIRMED' group by a.notice_type""",
                period, reach.where("h.agency"))
                .query((rs, n) -> byNotice.put(NoticeType.valueOf(rs.getString("notice_type")), rs.getLong("n"))).list();
        var checkpoints = scoped("select coalesce(checkpoint, '—') c, count(*) n from screening where screened_at >= ?"
                + " and screened_at < ? and %s group by 1 order by 2 desc limit 20", period, reach.where("agency"))
                .query((rs, n) -> new ScreeningStatistics.Count(rs.getString("c"), rs.getLong("n"))).list();
        long confirmed = byStatus.getOrDefault(HitStatus.CONFIRMED, 0L);
        long discarded = byStatus.getOrDefault(HitStatus.DISCARDED, 0L);
        var today = LocalDate.now(zone);
        return new ScreeningStatistics(from, to, screenings, rows, byStatus.getOrDefault(HitStatus.POSSIBLE, 0L),
                confirmed, discarded, confirmed + discarded == 0 ? null : (double) discarded / (confirmed + discarded),
                byNotice, checkpoints, inForce(true, today), inForce(false, today),
                db.sql("select count(*) from screening_reported_hit where received_at >= ? and received_at < ?")
                        .params(period.start(), period.end()).query(Long.class).single());
    }

    /** {@code sql} with the period's two parameters first, then {@code %s} where the scope's condition goes. */
    private JdbcClient.StatementSpec scoped(String sql, Period period, SqlCondition scope) {
        var params = new ArrayList<Object>(List.of(period.start(), period.end()));
        params.addAll(scope.params());
        return db.sql(sql.formatted(scope.sql())).params(params);
    }

    private long inForce(boolean own, LocalDate today) {
        return db.sql("select count(*) from screening_alert where own = ? and status = 'ACTIVE' "
                + "and (valid_until is null or valid_until >= ?)").params(own, today).query(Long.class).single();
    }

    private record Period(Timestamp start, Timestamp end) {
    }
}
