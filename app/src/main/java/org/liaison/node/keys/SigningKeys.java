package org.liaison.node.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.node.NodeKey;
import org.liaison.node.NodeSecret;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** This node's signing keys, private halves sealed by the {@link NodeSecret}. */
@Repository
public class SigningKeys {

    private static final String SELECT = """
            select kid, public_jwk, private_jwk, status, created_at, retire_after, revoked_at, revoke_reason
            from node_signing_key""";

    private final JdbcClient jdbc;

    SigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an active key unless another instance has just done so (the partial unique index decides). */
    public boolean insertActive(String kid, String publicJwk, byte[] sealed, Instant at) {
        return jdbc.sql("""
                insert into node_signing_key (kid, public_jwk, private_jwk, status, created_at)
                values (?, ?, ?, 'ACTIVE', ?) on conflict do nothing""")
                .params(kid, publicJwk, sealed, Timestamp.from(at)).update() == 1;
    }

    /**
     * Adds a key that no longer signs but keeps verifying until {@code retireAfter} (a key signed with before it
     * was kept here), unless it is stored already.
     */
    public boolean insertRetiring(String kid, String publicJwk, byte[] sealed, Instant createdAt, Instant retireAfter) {
        return jdbc.sql("""
                insert into node_signing_key (kid, public_jwk, private_jwk, status, created_at, retire_after)
                values (?, ?, ?, 'RETIRING', ?, ?) on conflict do nothing""")
                .params(kid, publicJwk, sealed, Timestamp.from(createdAt), Timestamp.from(retireAfter)).update() == 1;
    }

    public Optional<NodeKey> active() {
        return jdbc.sql(SELECT + " where status = 'ACTIVE'").query(SigningKeys::map).optional();
    }

    public Optional<NodeKey> find(String kid) {
        return jdbc.sql(SELECT + " where kid = ?").param(kid).query(SigningKeys::map).optional();
    }

    public List<NodeKey> all() {
        return jdbc.sql(SELECT + " order by created_at desc").query(SigningKeys::map).list();
    }

    /** Locks the key rows so rotations and revocations on several instances happen one after the other. */
    public void lock() {
        jdbc.sql("lock table node_signing_key in share row exclusive mode").update();
    }

    public void retire(String kid, Instant retireAfter) {
        jdbc.sql("update node_signing_key set status = 'RETIRING', retire_after = ? where kid = ?")
                .params(Timestamp.from(retireAfter), kid).update();
    }

    public int revoke(String kid, Instant at, String reason) {
        return jdbc.sql("""
                update node_signing_key set status = 'REVOKED', revoked_at = ?, revoke_reason = ?
                where kid = ? and status <> 'REVOKED'""").params(Timestamp.from(at), reason, kid).update();
    }

    private static NodeKey map(ResultSet rs, int row) throws SQLException {
        return new NodeKey(rs.getString("kid"), rs.getString("public_jwk"), rs.getBytes("private_jwk"),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant(), instant(rs, "retire_after"),
                instant(rs, "revoked_at"), rs.getString("revoke_reason"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
