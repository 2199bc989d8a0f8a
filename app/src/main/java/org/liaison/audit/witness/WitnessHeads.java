package org.liaison.audit.witness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.liaison.audit.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The heads of partners' chains this node witnesses, and the conflicting heads a partner ever offered. */
@Repository
public class WitnessHeads {

    private final JdbcClient jdbc;

    WitnessHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the head unless one for the same seq is held already; true if it was new. */
    public boolean add(String origin, Checkpoint head, Instant receivedAt) {
        return jdbc.sql("""
                insert into audit_witness_head (origin_node, seq, hash, signed_at, key_id, signature, checkpoint_id, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(origin, head.seq(), head.hash(), Timestamp.from(head.signedAt()), head.keyId(), head.signature(),
                        head.id(), Timestamp.from(receivedAt)).update() == 1;
    }

    public Optional<String> hashAt(String origin, long seq) {
        return jdbc.sql("select hash from audit_witness_head where origin_node = ? and seq = ?")
                .params(origin, seq).query(String.class).optional();
    }

    public void addConflict(String origin, Checkpoint offered, String heldHash, Instant receivedAt) {
        jdbc.sql("""
                insert into audit_witness_conflict (origin_node, seq, held_hash, offered_hash, offered_signature, received_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(origin, offered.seq(), heldHash, offered.hash(), offered.signature(), Timestamp.from(receivedAt))
                .update();
    }

    /** The highest checkpoint id of the origin's held here, 0 if none. */
    public long latestCheckpointId(String origin) {
        return jdbc.sql("select coalesce(max(checkpoint_id), 0) from audit_witness_head where origin_node = ?")
                .param(origin).query(Long.class).single();
    }

    public List<Checkpoint> heldFor(String origin, long afterSeq, int limit) {
        return jdbc.sql("""
                select checkpoint_id, seq, hash, signed_at, key_id, signature from audit_witness_head
                where origin_node = ? and seq > ? order by seq limit ?""")
                .params(origin, afterSeq, limit).query(WitnessHeads::map).list();
    }

    private static Checkpoint map(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6));
    }
}
