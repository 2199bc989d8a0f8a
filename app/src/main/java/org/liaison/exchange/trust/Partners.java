package org.liaison.exchange.trust;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner nodes this node trusts, with their endpoints and pinned public keys. */
@Repository
public class Partners {

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the partner or, if known, updates its endpoint; an administrator's suspension stands. */
    void upsert(String nodeId, String baseUrl, String source, String by, Instant at) {
        jdbc.sql("""
                insert into exchange_partner (node_id, base_url, status, pinned_at, pinned_by, source)
                values (?, ?, 'TRUSTED', ?, ?, ?)
                on conflict (node_id) do update set base_url = excluded.base_url""")
                .params(nodeId, baseUrl, Timestamp.from(at), by, source).update();
    }

    /** Pins a key unless it is pinned already (a revoked key stays revoked). */
    boolean pinKey(String nodeId, String kid, String publicJwk, String fingerprint, Instant at) {
        return jdbc.sql("""
                insert into exchange_partner_key (node_id, kid, public_jwk, fingerprint, status, pinned_at)
                values (?, ?, ?, ?, 'PINNED', ?) on conflict do nothing""")
                .params(nodeId, kid, publicJwk, fingerprint, Timestamp.from(at)).update() == 1;
    }

    int revokeKey(String nodeId, String kid, Instant at) {
        return jdbc.sql("update exchange_partner_key set status = 'REVOKED', revoked_at = ? where node_id = ? and kid = ?")
                .params(Timestamp.from(at), nodeId, kid).update();
    }

    int setStatus(String nodeId, String status) {
        return jdbc.sql("update exchange_partner set status = ? where node_id = ?").params(status, nodeId).update();
    }

    public Optional<Partner> find(String nodeId) {
        return jdbc.sql("select * from exchange_partner where node_id = ?").param(nodeId).query(Partners::partner).optional();
    }

    public List<Partner> all() {
        return jdbc.sql("select * from exchange_partner order by node_id").query(Partners::partner).list();
    }

    /** The trusted partner node of a country (the first by id when a country runs several). */
    public Optional<Partner> ofCountry(String country) {
        return jdbc.sql("select * from exchange_partner where node_id like ? and status = 'TRUSTED' order by node_id limit 1")
                .param(country + "-%").query(Partners::partner).optional();
    }

    public Optional<PinnedKey> key(String nodeId, String kid) {
        return jdbc.sql("""
                select k.*, p.status = 'TRUSTED' as partner_trusted from exchange_partner_key k
                join exchange_partner p on p.node_id = k.node_id where k.node_id = ? and k.kid = ?""").params(nodeId, kid)
                .query(Partners::key).optional();
    }

    /** Which node a key id belongs to; key ids start with their node's id but only the pin is trusted. */
    public List<PinnedKey> keysWithId(String kid) {
        return jdbc.sql("""
                select k.*, p.status = 'TRUSTED' as partner_trusted from exchange_partner_key k
                join exchange_partner p on p.node_id = k.node_id where k.kid = ?""").param(kid).query(Partners::key).list();
    }

    public List<PinnedKey> keysOf(String nodeId) {
        return jdbc.sql("""
                select k.*, p.status = 'TRUSTED' as partner_trusted from exchange_partner_key k
                join exchange_partner p on p.node_id = k.node_id where k.node_id = ? order by k.pinned_at desc""").param(nodeId)
                .query(Partners::key).list();
    }

    private static Partner partner(ResultSet rs, int row) throws SQLException {
        return new Partner(rs.getString("node_id"), rs.getString("base_url"), rs.getString("status"),
                rs.getTimestamp("pinned_at").toInstant(), rs.getString("pinned_by"), rs.getString("source"));
    }

    private static PinnedKey key(ResultSet rs, int row) throws SQLException {
        var revoked = rs.getTimestamp("revoked_at");
        return new PinnedKey(rs.getString("node_id"), rs.getString("kid"), rs.getString("public_jwk"),
                rs.getString("fingerprint"), rs.getString("status"), rs.getTimestamp("pinned_at").toInstant(),
                revoked == null ? null : revoked.toInstant(), rs.getBoolean("partner_trusted"));
    }

    public record Partner(String nodeId, String baseUrl, String status, Instant pinnedAt, String pinnedBy, String source) {
        public boolean trusted() {
            return status.equals("TRUSTED");
        }
    }

    public record PinnedKey(String nodeId, String kid, String publicJwk, String fingerprint, String status,
                     Instant pinnedAt, @Nullable Instant revokedAt, boolean partnerTrusted) {
        public boolean pinned() {
            return status.equals("PINNED");
        }

        /** The JOSE name of the key's signature suite. */
        public String algorithm() {
            return org.liaison.node.SignatureSuite.algorithmOf(publicJwk);
        }
    }
}
