package org.liaison.audit;

import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.jspecify.annotations.Nullable;
import org.liaison.node.NodeKey;

/**
 * The public keys a verifier accepts checkpoint signatures from, by key id, and where they came from. Keys
 * pinned outside the node (a partner's copy, the directory's export) are what make a re-signed rewrite visible:
 * whoever holds the node's database and secret can sign, but cannot change what partners pinned.
 *
 * @param source where the keys came from, for the report (e.g. "pinned by LA-1")
 * @param pinnedOutside whether they come from outside the node's own database
 */
public record CheckpointKeys(Map<String, TrustedKey> byKid, String source, boolean pinnedOutside) {

    public CheckpointKeys {
        byKid = Map.copyOf(byKid);
    }

    /** A public key and, if it was revoked, since when its signatures no longer count. */
    public record TrustedKey(String publicJwk, @Nullable Instant revokedAt) {
    }

    /** The node's own keys, as its database holds them. */
    public static CheckpointKeys ofNode(List<NodeKey> keys, String source) {
        var byKid = new LinkedHashMap<String, TrustedKey>();
        keys.forEach(k -> byKid.put(k.kid(), new TrustedKey(k.publicJwk(), k.revokedAt())));
        return new CheckpointKeys(byKid, source, false);
    }

    /** Keys from a JWK set (public halves only), none revoked. */
    public static CheckpointKeys of(JWKSet keys, String source) {
        var byKid = new LinkedHashMap<String, TrustedKey>();
        for (JWK key : keys.getKeys()) {
            byKid.put(key.getKeyID(), new TrustedKey(key.toPublicJWK().toJSONString(), null));
        }
        return new CheckpointKeys(byKid, source, true);
    }

    /** Reads a JWK set, or a single JWK, in JSON, as {@code --keys FILE} gives it. */
    public static CheckpointKeys parse(String json, String source) {
        try {
            var set = json.contains("\"keys\"") ? JWKSet.parse(json) : new JWKSet(JWK.parse(json));
            return of(set, source);
        } catch (ParseException e) {
            throw new IllegalArgumentException(source + " is neither a JWK set nor a JWK: " + e.getMessage(), e);
        }
    }

    /** These keys and the other's, for checking against several partners' copies at once. */
    public CheckpointKeys and(CheckpointKeys other) {
        var merged = new LinkedHashMap<>(byKid);
        merged.putAll(other.byKid);
        return new CheckpointKeys(merged, source + ", " + other.source, pinnedOutside && other.pinnedOutside);
    }
}
