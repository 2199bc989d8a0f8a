package org.liaison.border.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.border.Crossing;
import org.liaison.border.CrossingId;
import org.liaison.border.Direction;
import org.liaison.border.Purpose;
import org.liaison.documents.Sex;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The crossings table; reads are always limited to the agencies the caller covers. */
@Repository
public class CrossingStore {

    static final String COLUMNS = "id, agency, checkpoint_id, direction, purpose, crossed_at, surname, given_names, "
            + "name_in_script, nationality, date_of_birth, sex, document_number, document_issuer, document_expiry, "
            + "plate, goods, recorded_by, recorded_at, source";

    private final JdbcClient db;

    CrossingStore(JdbcClient db) {
        this.db = db;
    }

    public void insert(Crossing c) {
        db.sql("insert into border_crossing (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id().value(), c.agency(), c.checkpoint(), c.direction().name(), c.purpose().name(),
                        Timestamp.from(c.crossedAt()), c.surname(), c.givenNames(), c.nameInScript(), c.nationality(),
                        c.dateOfBirth(), c.sex() == null ? null : c.sex().name(), c.documentNumber(),
                        c.documentIssuer(), c.documentExpiry(), c.plate(), c.goods(), c.recordedBy(),
                        Timestamp.from(c.recordedAt()), c.source().name())
                .update();
    }

    /** The latest crossings recorded by the agencies the caller covers. */
    public List<Crossing> recent(Reach reach, int limit) {
        var scope = reach.where("agency");
        var params = new ArrayList<Object>(scope.params());
        params.add(limit);
        return db.sql("select " + COLUMNS + " from border_crossing where " + scope.sql()
                + " order by recorded_at desc, crossed_at desc limit ?").params(params).query(CrossingStore::crossing).list();
    }

    public Optional<Crossing> find(Reach reach, CrossingId id) {
        var scope = reach.where("agency");
        var params = new ArrayList<Object>(scope.params());
        params.add(id.value());
        return db.sql("select " + COLUMNS + " from border_crossing where " + scope.sql() + " and id = ?")
                .params(params).query(CrossingStore::crossing).optional();
    }

    static Crossing crossing(ResultSet rs, int row) throws SQLException {
        var sex = rs.getString("sex");
        return new Crossing(new CrossingId(rs.getObject("id", UUID.class)), rs.getString("agency"),
                rs.getLong("checkpoint_id"), Direction.valueOf(rs.getString("direction")),
                Purpose.valueOf(rs.getString("purpose")), rs.getTimestamp("crossed_at").toInstant(),
                rs.getString("surname"), rs.getString("given_names"), rs.getString("name_in_script"),
                rs.getString("nationality"), rs.getObject("date_of_birth", java.time.LocalDate.class),
                sex == null ? null : Sex.valueOf(sex), rs.getString("document_number"),
                rs.getString("document_issuer"), rs.getObject("document_expiry", java.time.LocalDate.class),
                rs.getString("plate"), rs.getString("goods"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), Crossing.Source.valueOf(rs.getString("source")));
    }
}
