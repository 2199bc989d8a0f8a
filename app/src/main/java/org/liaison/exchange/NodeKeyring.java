package org.liaison.exchange;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.liaison.node.ThisNode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This node's exchange keys in the shared database, so every instance signs with the same active key and
 * rotation on one instance reaches the others. An instance re-reads the active key at most every few seconds;
 * a rotated-out key keeps verifying for {@code keyOverlap}, which covers that lag. New keys are of the suite
 * {@code signing-algorithm} names (ADR 0010); a stored key keeps its own suite until it is rotated out.
 */
@Component
class NodeKeyring {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final SigningKeys keys;
    private final KeyVault vault;
    private final ThisNode node;
    private final Clock clock;
    private final Duration overlap;
    private final SignatureSuite newKeys;
    private final AtomicReference<ActiveKey> cached = new AtomicReference<>();

    NodeKeyring(SigningKeys keys, KeyVault vault, ThisNode node, Clock clock, ExchangeSettings settings) {
        this.keys = keys;
        this.vault = vault;
        this.node = node;
        this.clock = clock;
        this.overlap = settings.keyOverlap();
        this.newKeys = SignatureSuite.named(settings.signingAlgorithm());
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
        var fresh = ready(stored.kid(), vault.open(stored.kid(), stored.sealedPrivate()), now);
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
        return ready(oldest.get().kid(), vault.open(oldest.get().kid(), oldest.get().sealedPrivate()), now);
    }

    /** The public keys partners should accept now: the active one and those still in their overlap. */
    JWKSet publicKeys() {
        var now = Instant.now(clock);
        return new JWKSet(keys.all().stream().filter(k -> k.verifiesAt(now)).map(k -> parse(k.publicJwk())).toList());
    }

    private String generate(Instant now) {
        try {
            var kid = node.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
            var key = newKeys.generate(kid);
            keys.insertActive(kid, key.toPublicJWK().toJSONString(), vault.seal(kid, key.toJSONString()), now);
            return kid;
        } catch (JOSEException e) {
            throw new IllegalStateException(newKeys.algorithm() + " key generation failed", e);
        }
    }

    private static ActiveKey ready(String kid, String privateJwk, Instant now) {
        var key = parse(privateJwk);
        var suite = SignatureSuite.ofKey(key);
        if (suite == null) {
            throw new IllegalStateException("signing key " + kid + " is of no suite the exchange speaks");
        }
        try {
            return new ActiveKey(kid, suite, suite.signer(key), now);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing key " + kid + " is unusable", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is not a JWK", e);
        }
    }

    /** The signing key's id and suite with a ready signer (thread-safe). */
    record ActiveKey(String kid, SignatureSuite suite, JWSSigner signer, Instant loadedAt) {
    }
}
