package org.liaison.border.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.liaison.border.Overstay;
import org.liaison.border.Tally;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The border's figures over the crossings and passes of the agencies the caller covers: counts by checkpoint,
 * purpose, nationality, day, month and hour of the day (in the node's zone), passes by status and used, and the
 * holders of this node's passes who left and were not back when their pass ended.
 */
@Repository
public class Figures {

    private final JdbcClient db;

    Figures(JdbcClient db) {
        this.db = db;
    }

    /** Crossings between two days (inclusive) grouped by {@code dimension}: a SQL expression over border_crossing. */
    public List<Tally> crossings(Reach reach, String dimension, LocalDate from, LocalDate to, ZoneId zone, int limit) {
        var scope = reach.where("agency");
        var params = new ArrayList<Object>();
        params.add(zone.getId());
        params.addAll(scope.params());
        params.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
        params.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        params.add(limit);
        return db.sql("select " + dimension.replace("local_time", "(crossed_at at time zone ?)") + " as key, count(*) as n "
                        + "from border_crossing where " + scope.sql() + " and crossed_at >= ? and crossed_at < ? "
                        + "group by 1 order by " + (dimension.contains("local_time") ? "1" : "2 desc, 1") + " limit ?")
                .params(dimension.contains("local_time") ? params : params.subList(1, params.size()))
                .query((rs, n) -> new Tally(String.valueOf(rs.getObject(1)), rs.getLong(2))).list();
    }

    /** Passes by status, and how many of the approved or revoked ones were shown at a crossing. */
    public List<Tally> passes(Reach reach) {
        var scope = reach.where("p.agency");
        var tallies = new ArrayList<>(db.sql("select p.status, count(*) from border_pass p where " + scope.sql()
                + " group by 1 order by 1").params(scope.params())
                .query((rs, n) -> new Tally(rs.getString(1), rs.getLong(2))).list());
        tallies.add(new Tally("USED", db.sql("select count(*) from border_pass p where " + scope.sql()
                + " and p.status in ('APPROVED', 'REVOKED') and exists (select 1 from border_crossing c"
                + " where c.document_number = p.number)").params(scope.params()).query(Long.class).single()));
        return tallies;
    }

    /**
     * Holders of this node's passes whose last crossing with the pass was an exit and whose pass ended before
     * {@code today}: they are still abroad after their pass allowed.
     */
    public List<Overstay> overstays(Reach reach, LocalDate today) {
        var scope = reach.where("p.agency");
        var params = new ArrayList<Object>(scope.params());
        params.add(today);
        return db.sql("""
                select c.checkpoint_id, p.number, p.surname, p.given_names, p.name_in_script, c.crossed_at, p.valid_until
                from border_pass p
                join lateral (select * from border_crossing c where c.document_number = p.number
                              order by c.crossed_at desc limit 1) c on true
                where %s and c.direction = 'EXIT' and p.valid_until < ?
                order by c.checkpoint_id, p.valid_until""".formatted(scope.sql())).params(params)
                .query((rs, n) -> new Overstay(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getObject(7, LocalDate.class))).list();
    }
}
