package org.liaison.border.passes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.border.Pass;
import org.liaison.border.PassStatus;
import org.liaison.border.Purpose;
import org.liaison.identity.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The passes table; reads are limited to the agencies the caller covers, except the node's own revocation list. */
@Repository
public class PassStore {

    private static final String COLUMNS = "id, number, agency, surname, given_names, name_in_script, date_of_birth, "
            + "nationality, residence, photo_hash, purposes, checkpoints, valid_from, valid_until, status, applied_by, "
            + "applied_at, decided_by, decided_at, token, revoked_at, revoke_reason";

    private final JdbcClient db;

    PassStore(JdbcClient db) {
        this.db = db;
    }

    public void insert(Pass p, byte @Nullable [] photo, @Nullable String photoType) {
        db.sql("insert into border_pass (" + COLUMNS + ", photo, photo_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?::varchar[], ?::bigint[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.number(), p.agency(), p.surname(), p.givenNames(), p.nameInScript(), p.dateOfBirth(),
                        p.nationality(), p.residence(), p.photoHash(),
                        "{" + String.join(",", p.purposes().stream().map(Enum::name).toList()) + "}",
                        "{" + String.join(",", p.checkpoints().stream().map(String::valueOf).toList()) + "}",
                        p.validFrom(), p.validUntil(), p.status().name(), p.appliedBy(), Timestamp.from(p.appliedAt()),
                        p.decidedBy(), null, p.token(), null, null, photo, photoType)
                .update();
    }

    /** Records a decision on a pass still applied for; false if another officer decided first. */
    public boolean decide(UUID id, PassStatus status, String officer, Instant at, @Nullable String token) {
        return db.sql("update border_pass set status = ?, decided_by = ?, decided_at = ?, token = ? "
                        + "where id = ? and status = 'APPLIED'")
                .params(status.name(), officer, Timestamp.from(at), token, id).update() == 1;
    }

    public boolean revoke(UUID id, Instant at, String reason) {
        return db.sql("update border_pass set status = 'REVOKED', revoked_at = ?, revoke_reason = ? "
                + "where id = ? and status = 'APPROVED'").params(Timestamp.from(at), reason, id).update() == 1;
    }

    public List<Pass> recent(Reach reach, int limit) {
        var scope = reach.where("agency");
        var params = new ArrayList<Object>(scope.params());
        params.add(limit);
        return db.sql("select " + COLUMNS + " from border_pass where " + scope.sql() + " order by applied_at desc limit ?")
                .params(params).query(PassStore::pass).list();
    }

    public Optional<Pass> find(Reach reach, UUID id) {
        var scope = reach.where("agency");
        var params = new ArrayList<Object>(scope.params());
        params.add(id);
        return db.sql("select " + COLUMNS + " from border_pass where " + scope.sql() + " and id = ?").params(params)
                .query(PassStore::pass).optional();
    }

    /** The photo's bytes and media type, for the printed pass. */
    public Optional<Photo> photo(Reach reach, UUID id) {
        var scope = reach.where("agency");
        var params = new ArrayList<Object>(scope.params());
        params.add(id);
        return db.sql("select photo, photo_type from border_pass where " + scope.sql() + " and id = ? and photo is not null")
                .params(params).query((rs, n) -> new Photo(rs.getBytes(1), rs.getString(2))).optional();
    }

    public record Photo(byte[] content, String mediaType) {
    }

    /** The numbers of every pass this node revoked whose validity has not ended: the node's revocation list. */
    public List<String> revokedNumbers(LocalDate today) {
        return db.sql("select number from border_pass where status = 'REVOKED' and valid_until >= ? order by number")
                .param(today).query(String.class).list();
    }

    /** Counts of passes by status over the agencies the caller covers, for the statistics. */
    public List<Object[]> countsByStatus(Reach reach) {
        var scope = reach.where("agency");
        return db.sql("select status, count(*) from border_pass where " + scope.sql() + " group by status")
                .params(scope.params()).query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) }).list();
    }

    private static Pass pass(ResultSet rs, int row) throws SQLException {
        return new Pass(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("agency"),
                rs.getString("surname"), rs.getString("given_names"), rs.getString("name_in_script"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("nationality"), rs.getString("residence"),
                rs.getString("photo_hash"),
                Arrays.stream(strings(rs.getArray("purposes"))).map(Purpose::valueOf).toList(),
                Arrays.stream((Long[]) rs.getArray("checkpoints").getArray()).toList(),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                PassStatus.valueOf(rs.getString("status")), rs.getString("applied_by"),
                rs.getTimestamp("applied_at").toInstant(), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("token"), instant(rs, "revoked_at"), rs.getString("revoke_reason"));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
