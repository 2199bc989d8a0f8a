package org.liaison.border.passes;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import org.liaison.exchange.Exchange;
import org.liaison.node.CompactJws;
import org.liaison.node.InvalidJws;
import org.liaison.node.NodeKeys;
import org.liaison.node.SignatureSuite;
import org.liaison.node.ThisNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys and revocation lists a pass verifier trusts: this node's own keys (every one not revoked, since a pass
 * signed before a rotation stays valid) and the keys the exchange pinned for trusted partners; this node's own list,
 * re-signed on every revocation, and the latest list each partner sent. No key store of its own (ADR 0016).
 */
@Component
public class FederationTrust {

    /** A public key and the node it belongs to, as the verification page carries it. */
    public record NodeJwk(String node, String kid, String publicJwk) {
    }

    /** A stored revocation list: its signed text and what it says. */
    public record SignedList(String jws, RevocationList list) {
    }

    private final NodeKeys keys;
    private final Exchange exchange;
    private final ThisNode node;
    private final JdbcClient db;
    private final Clock clock;

    FederationTrust(NodeKeys keys, Exchange exchange, ThisNode node, JdbcClient db, Clock clock) {
        this.keys = keys;
        this.exchange = exchange;
        this.node = node;
        this.db = db;
        this.clock = clock;
    }

    public List<NodeJwk> keys() {
        var all = new ArrayList<NodeJwk>();
        keys.all().stream().filter(k -> k.revokedAt() == null).forEach(k -> all.add(new NodeJwk(node.id(), k.kid(),
                k.publicJwk())));
        exchange.partnerKeys().forEach(k -> all.add(new NodeJwk(k.node(), k.kid(), k.publicJwk())));
        return all;
    }

    /** Signs and keeps this node's list of revoked passes as of now; returns its signed text. */
    @Transactional
    public String signOwnList(List<String> revoked) {
        var list = new RevocationList(node.id(), Instant.now(clock), revoked);
        var jws = keys.sign(PassVerifier.JSON.writeValueAsBytes(list), RevocationList.TYPE);
        keep(list, jws);
        return jws;
    }

    /**
     * Keeps a partner's list if it verifies with a key pinned for the node it names and is newer than the one held;
     * answers whether it was kept.
     */
    @Transactional
    public boolean keepPartnerList(String jws) {
        var parsed = CompactJws.parse(jws, RevocationList.TYPE);
        var list = PassVerifier.JSON.readValue(parsed.getPayload().toBytes(), RevocationList.class);
        var key = exchange.partnerKeys().stream().filter(k -> k.kid().equals(parsed.getHeader().getKeyID())
                && k.node().equals(list.node())).findFirst()
                .orElseThrow(() -> new InvalidJws(InvalidJws.Reason.BAD_SIGNATURE, "no key pinned for " + list.node()));
        CompactJws.verify(parsed, key.publicJwk());
        return keep(list, jws);
    }

    private boolean keep(RevocationList list, String jws) {
        return db.sql("""
                insert into border_revocation_list (node_id, issued_at, jws, received_at) values (?, ?, ?, ?)
                on conflict (node_id) do update set issued_at = excluded.issued_at, jws = excluded.jws,
                    received_at = excluded.received_at
                where border_revocation_list.issued_at < excluded.issued_at""")
                .params(list.node(), java.sql.Timestamp.from(list.issuedAt()), jws,
                        java.sql.Timestamp.from(Instant.now(clock))).update() == 1;
    }

    /** Every list held, own and partners'. */
    public List<SignedList> lists() {
        return db.sql("select jws from border_revocation_list order by node_id").query(String.class).list().stream()
                .map(jws -> new SignedList(jws, PassVerifier.JSON.readValue(
                        CompactJws.parse(jws, RevocationList.TYPE).getPayload().toBytes(), RevocationList.class)))
                .toList();
    }

    public Optional<SignedList> ownList() {
        return lists().stream().filter(l -> l.list().node().equals(node.id())).findFirst();
    }

    /** A verifier holding the current keys and lists, as the verification page would after a sync now. */
    public PassVerifier verifier() {
        var trusted = new HashMap<String, PassVerifier.TrustedKey>();
        for (var k : keys()) {
            try {
                var jwk = JWK.parse(k.publicJwk());
                var suite = SignatureSuite.ofKey(jwk);
                if (suite != null) {
                    trusted.putIfAbsent(k.kid(), new PassVerifier.TrustedKey(k.kid(), k.node(), suite, suite.verifier(jwk)));
                }
            } catch (ParseException | JOSEException e) {
                throw new IllegalStateException("a trusted key is unusable: " + k.kid(), e);
            }
        }
        Map<String, Set<String>> revoked = lists().stream().collect(Collectors.toMap(l -> l.list().node(),
                l -> Set.copyOf(l.list().revoked())));
        return new PassVerifier(trusted, revoked);
    }
}
