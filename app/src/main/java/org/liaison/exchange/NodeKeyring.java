package org.liaison.exchange;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.liaison.node.ThisNode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This node's exchange keys in the shared database, so every instance signs with the same active key and
 * rotation on one instance reaches the others. An instance re-reads the active key at most every few seconds;
 * a rotated-out key keeps verifying for {@code keyOverlap}, which covers that lag.
 */
@Component
class NodeKeyring {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final SigningKeys keys;
    private final KeyVault vault;
    private final ThisNode node;
    private final Clock clock;
    private final Duration overlap;
    private final AtomicReference<ActiveKey> cached = new AtomicReference<>();

    NodeKeyring(SigningKeys keys, KeyVault vault, ThisNode node, Clock clock, ExchangeSettings settings) {
        this.keys = keys;
        this.vault = vault;
        this.node = node;
        this.clock = clock;
        this.overlap = settings.keyOverlap();
    }

    /** The key to sign with now; creates the first one if the node has none. */
    ActiveKey active() {
        var current = cached.get();
        var now = Instant.now(clock);
        if (current != null && now.isBefore(current.loadedAt().plus(REFRESH))) {
            return current;
        }
        var stored = keys.active().orElseGet(() -> {
            generate(now);
            return keys.active().orElseThrow(() -> new IllegalStateException("no active signing key after generating one"));
        });
        var key = parse(vault.open(stored.kid(), stored.sealedPrivate()));
        var fresh = new ActiveKey(stored.kid(), signerOf(key), now);
        cached.set(fresh);
        return fresh;
    }

    /** Retires the active key (it verifies for the overlap) and makes a new one active; returns the new kid. */
    @Transactional
    String rotate() {
        keys.lock();
        var now = Instant.now(clock);
        keys.active().ifPresent(old -> keys.retire(old.kid(), now.plus(overlap)));
        var kid = generate(now);
        cached.set(null);
        return kid;
    }

    /** Revokes a key at once; if it was the active one, a new key takes over. */
    @Transactional
    boolean revoke(String kid, String reason) {
        keys.lock();
        var wasActive = keys.active().map(k -> k.kid().equals(kid)).orElse(false);
        var revoked = keys.revoke(kid, Instant.now(clock), reason) == 1;
        if (wasActive) {
            generate(Instant.now(clock));
        }
        cached.set(null);
        return revoked;
    }

    /**
     * The key that signs the key export: the oldest one still verifying, so that during a rotation partners
     * who pinned the old key accept the export that introduces the new one (continuity of trust).
     */
    ActiveKey exportKey() {
        var now = Instant.now(clock);
        var oldest = keys.all().stream().filter(k -> k.verifiesAt(now))
                .min(java.util.Comparator.comparing(SigningKeys.StoredKey::createdAt));
        if (oldest.isEmpty()) {
            return active();
        }
        var key = parse(vault.open(oldest.get().kid(), oldest.get().sealedPrivate()));
        return new ActiveKey(oldest.get().kid(), signerOf(key), now);
    }

    /** The public keys partners should accept now: the active one and those still in their overlap. */
    JWKSet publicKeys() {
        var now = Instant.now(clock);
        return new JWKSet(keys.all().stream().filter(k -> k.verifiesAt(now)).map(k -> (com.nimbusds.jose.jwk.JWK) parse(k.publicJwk())).toList());
    }

    private String generate(Instant now) {
        try {
            var kid = node.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
            var key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID(kid).generate();
            keys.insertActive(kid, key.toPublicJWK().toJSONString(), vault.seal(kid, key.toJSONString()), now);
            return kid;
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 key generation is part of every JDK", e);
        }
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is not an EC JWK", e);
        }
    }

    private static ECDSASigner signerOf(ECKey key) {
        try {
            return new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("the signing key is unusable", e);
        }
    }

    /** The signing key's id with a ready signer (thread-safe). */
    record ActiveKey(String kid, ECDSASigner signer, Instant loadedAt) {
    }
}
