package org.liaison.screening.batches;

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
import org.liaison.screening.AlertId;
import org.liaison.screening.BatchId;
import org.liaison.screening.ScreeningBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded lists and their rows. Workers claim a batch with {@code SKIP LOCKED}, so instances share the work. */
@Repository
class Batches {

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    Batches(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    void insert(BatchId id, String fileName, String agency, String officer, @Nullable String checkpoint,
                double threshold, List<BatchRow> rows, Instant at) {
        db.sql("""
                insert into screening_batch (id, file_name, agency, officer, checkpoint, threshold, total, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)""")
                .params(id.value(), fileName, agency, officer, checkpoint, threshold, rows.size(), Timestamp.from(at))
                .update();
        jdbc.batchUpdate("""
                insert into screening_batch_row (batch_id, row_no, traveller_name, date_of_birth, nationality, document,
                    problem, screened) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, row) -> {
            ps.setObject(1, id.value());
            ps.setInt(2, row.number());
            ps.setString(3, row.name());
            ps.setString(4, row.dateOfBirth());
            ps.setString(5, row.nationality());
            ps.setString(6, row.document());
            ps.setString(7, row.problem());
            ps.setBoolean(8, !row.screenable());
        });
        long unscreenable = rows.stream().filter(r -> !r.screenable()).count();
        db.sql("update screening_batch set done = ?, status = case when cast(? as integer) = total then 'DONE' else status end,"
                + " finished_at = case when cast(? as integer) = total then created_at end where id = ?")
                .params(unscreenable, unscreenable, unscreenable, id.value()).update();
    }

    Optional<ScreeningBatch> find(BatchId id) {
        return db.sql("select * from screening_batch where id = ?").param(id.value()).query(Batches::batch).optional();
    }

    /** The newest lists uploaded by the agencies the caller covers. */
    List<ScreeningBatch> recent(Reach reach, int limit) {
        var scope = reach.where("agency");
        var params = new ArrayList<Object>(scope.params());
        params.add(limit);
        return db.sql("select * from screening_batch where " + scope.sql() + " order by created_at desc limit ?")
                .params(params).query(Batches::batch).list();
    }

    /** Locks one unfinished batch for this transaction, skipping those another instance is working on. */
    Optional<ScreeningBatch> claim() {
        return db.sql("select * from screening_batch where status <> 'DONE' order by created_at limit 1 for update skip locked")
                .query(Batches::batch).optional();
    }

    List<BatchRow> pending(BatchId id, int limit) {
        return db.sql("""
                select row_no, traveller_name, date_of_birth, nationality, document, problem from screening_batch_row
                where batch_id = ? and not screened order by row_no limit ?""")
                .params(id.value(), limit)
                .query((rs, n) -> new BatchRow(rs.getInt("row_no"), rs.getString("traveller_name"),
                        rs.getString("date_of_birth"), rs.getString("nationality"), rs.getString("document"),
                        rs.getString("problem")))
                .list();
    }

    void screened(BatchId id, List<Outcome> outcomes) {
        jdbc.batchUpdate("""
                update screening_batch_row set screened = true, matches = ?, best_score = ?, best_alert = ?
                where batch_id = ? and row_no = ?""", outcomes, 1000, (ps, o) -> {
            ps.setInt(1, o.matches());
            ps.setObject(2, o.bestScore());
            ps.setObject(3, o.bestAlert() == null ? null : o.bestAlert().value());
            ps.setObject(4, id.value());
            ps.setInt(5, o.row());
        });
    }

    /** Adds a screened chunk to the counts; the batch is done when every row is. */
    void progress(BatchId id, int rows, int matched, Instant at) {
        db.sql("""
                update screening_batch set done = done + cast(:rows as integer), matched = matched + cast(:matched as integer),
                    status = case when done + cast(:rows as integer) >= total then 'DONE' else 'RUNNING' end,
                    finished_at = case when done + cast(:rows as integer) >= total then cast(:at as timestamptz) end
                where id = :id""")
                .param("rows", rows).param("matched", matched).param("at", Timestamp.from(at)).param("id", id.value())
                .update();
    }

    /** The rows with their best match, in file order, for the results download. */
    List<ResultRow> results(BatchId id) {
        return db.sql("""
                select r.row_no, r.traveller_name, r.date_of_birth, r.nationality, r.document, r.problem, r.matches,
                    r.best_score, a.reference, a.notice_type, a.issuing_agency,
                    coalesce(a.name_latin, a.name_native, a.identifier) title
                from screening_batch_row r left join screening_alert a on a.id = r.best_alert
                where r.batch_id = ? order by r.row_no""")
                .param(id.value())
                .query((rs, n) -> new ResultRow(rs.getInt("row_no"), rs.getString("traveller_name"),
                        rs.getString("date_of_birth"), rs.getString("nationality"), rs.getString("document"),
                        rs.getString("problem"), rs.getInt("matches"), (java.math.BigDecimal) rs.getObject("best_score"),
                        rs.getString("reference"), rs.getString("notice_type"), rs.getString("issuing_agency"),
                        rs.getString("title")))
                .list();
    }

    private static ScreeningBatch batch(ResultSet rs, int row) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new ScreeningBatch(new BatchId(rs.getObject("id", UUID.class)), rs.getString("file_name"),
                AgencyId.of(rs.getString("agency")), rs.getString("officer"), rs.getString("checkpoint"),
                rs.getDouble("threshold"), rs.getInt("total"), rs.getInt("done"), rs.getInt("matched"),
                ScreeningBatch.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** A row as uploaded; {@code problem} says what was ignored, or why it cannot be screened at all. */
    record BatchRow(int number, @Nullable String name, @Nullable String dateOfBirth, @Nullable String nationality,
                    @Nullable String document, @Nullable String problem) {

        boolean screenable() {
            return name != null || document != null;
        }
    }

    record Outcome(int row, int matches, @Nullable Double bestScore, @Nullable AlertId bestAlert) {
    }

    record ResultRow(int row, @Nullable String name, @Nullable String dateOfBirth, @Nullable String nationality,
                     @Nullable String document, @Nullable String problem, int matches,
                     java.math.@Nullable BigDecimal bestScore, @Nullable String reference, @Nullable String noticeType,
                     @Nullable String issuingAgency, @Nullable String title) {
    }
}
