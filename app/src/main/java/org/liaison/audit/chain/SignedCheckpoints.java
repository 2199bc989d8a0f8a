package org.liaison.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.liaison.audit.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signed checkpoints of the chain head, and the head itself. */
@Repository
public class SignedCheckpoints {

    /** Serialises checkpoint writers (the job, an admin, shutdown) on every instance sharing the database. */
    private static final long CHECKPOINT_LOCK = 0x4c_69_61_43_68_6b_70L;

    private final JdbcClient jdbc;

    SignedCheckpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHECKPOINT_LOCK).query().singleRow();
    }

    /** The newest entry's seq and hash, if the chain has any. */
    Optional<Head> head() {
        return jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    Optional<Checkpoint> latest() {
        return jdbc.sql("select * from audit_checkpoint order by seq desc, id desc limit 1")
                .query(SignedCheckpoints::map)
                .optional();
    }

    public List<Checkpoint> recent(int limit) {
        return jdbc.sql("select * from audit_checkpoint order by id desc limit :limit")
                .param("limit", limit)
                .query(SignedCheckpoints::map)
                .list();
    }

    /** Checkpoints signed after the one with id {@code afterId}, oldest first. */
    public List<Checkpoint> after(long afterId, int limit) {
        return jdbc.sql("select * from audit_checkpoint where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit)
                .query(SignedCheckpoints::map)
                .list();
    }

    Checkpoint add(Head head, java.time.Instant signedAt, String keyId, String signature) {
        long id = jdbc.sql("""
                insert into audit_checkpoint (seq, hash, signed_at, key_id, signature)
                values (:seq, :hash, :at, :keyId, :signature) returning id""")
                .param("seq", head.seq()).param("hash", head.hash()).param("at", Timestamp.from(signedAt))
                .param("keyId", keyId).param("signature", signature)
                .query(Long.class).single();
        return new Checkpoint(id, head.seq(), head.hash(), signedAt, keyId, signature);
    }

    private static Checkpoint map(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong("id"), rs.getLong("seq"), rs.getString("hash"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"),
                rs.getString("signature"));
    }

    record Head(long seq, String hash) {
    }
}
