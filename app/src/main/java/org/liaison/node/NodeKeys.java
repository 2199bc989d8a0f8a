package org.liaison.node;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.liaison.node.keys.NodeKeySettings;
import org.liaison.node.keys.SigningKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * This node's signing keys, kept in the shared database with their private halves sealed by the
 * {@link NodeSecret}, so every instance signs with the same active key and a rotation on one instance reaches
 * the others. One key set signs everything the node vouches for: envelopes, receipts and read notices, its key
 * export, and audit checkpoints (the JWS type tells them apart). Partners pin these keys from the export.
 *
 * <p>An instance re-reads the active key at most every few seconds; a rotated-out key keeps verifying for
 * {@code liaison.node.keys.overlap}, which covers that lag. New keys are of the suite
 * {@code liaison.node.keys.algorithm} names (ADR 0010); a stored key keeps its own suite until it is rotated out.
 * Public facade of the node's keys.
 */
@Service
public class NodeKeys {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final SigningKeys keys;
    private final NodeSecret secret;
    private final ThisNode node;
    private final Clock clock;
    private final Duration overlap;
    private final SignatureSuite newKeys;
    private final AtomicReference<SigningKey> cached = new AtomicReference<>();

    NodeKeys(SigningKeys keys, NodeSecret secret, ThisNode node, Clock clock, NodeKeySettings settings) {
        this.keys = keys;
        this.secret = secret;
        this.node = node;
        this.clock = clock;
        this.overlap = settings.overlap();
        this.newKeys = SignatureSuite.named(settings.algorithm());
    }

    /** The key to sign with now; creates the first one if the node has none. */
    public SigningKey active() {
        var current = cached.get();
        var now = Instant.now(clock);
        if (current != null && now.isBefore(current.loadedAt().plus(REFRESH))) {
            return current;
        }
        var stored = keys.active().orElseGet(() -> {
            generate(now);
            return keys.active().orElseThrow(() -> new IllegalStateException("no active signing key after generating one"));
        });
        var fresh = ready(stored, now);
        cached.set(fresh);
        return fresh;
    }

    /** A compact JWS of {@code type} over {@code content}, signed with the active key. */
    public String sign(byte[] content, String type) {
        return CompactJws.sign(content, type, active());
    }

    /** Retires the active key (it verifies for the overlap) and makes a new one active; returns the new kid. */
    @Transactional
    public String rotate() {
        keys.lock();
        var now = Instant.now(clock);
        keys.active().ifPresent(old -> keys.retire(old.kid(), now.plus(overlap)));
        var kid = generate(now);
        cached.set(null);
        return kid;
    }

    /** Revokes a key at once; if it was the active one, a new key takes over. */
    @Transactional
    public boolean revoke(String kid, String reason) {
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
    public SigningKey exportKey() {
        var now = Instant.now(clock);
        return keys.all().stream().filter(k -> k.verifiesAt(now)).min(Comparator.comparing(NodeKey::createdAt))
                .map(k -> ready(k, now)).orElseGet(this::active);
    }

    /** The public keys partners should accept new signatures by: the active one and those in their overlap. */
    public JWKSet publicKeys() {
        var now = Instant.now(clock);
        return new JWKSet(keys.all().stream().filter(k -> k.verifiesAt(now)).map(k -> parse(k.publicJwk())).toList());
    }

    /** Every key this node has had, newest first, for administrators and for checking what older keys signed. */
    public List<NodeKey> all() {
        return keys.all();
    }

    /** The public half of one of this node's keys, whatever its state. */
    public Optional<String> publicJwk(String kid) {
        return keys.find(kid).map(NodeKey::publicJwk);
    }

    /**
     * Keeps a key this node signed with before its keys moved into the database (a file under the data dir),
     * so what it signed still verifies; it verifies new signatures for one overlap, as a rotated-out key does.
     */
    @Transactional
    public boolean keepFormerKey(JWK privateKey, Instant createdAt) {
        if (SignatureSuite.ofKey(privateKey) == null || !privateKey.isPrivate()) {
            throw new IllegalArgumentException("key " + privateKey.getKeyID() + " is no private key of a known suite");
        }
        var kid = privateKey.getKeyID();
        return keys.insertRetiring(kid, privateKey.toPublicJWK().toJSONString(), seal(kid, privateKey.toJSONString()),
                createdAt, Instant.now(clock).plus(overlap));
    }

    private String generate(Instant now) {
        try {
            var kid = node.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
            var key = newKeys.generate(kid);
            keys.insertActive(kid, key.toPublicJWK().toJSONString(), seal(kid, key.toJSONString()), now);
            return kid;
        } catch (JOSEException e) {
            throw new IllegalStateException(newKeys.algorithm() + " key generation failed", e);
        }
    }

    private byte[] seal(String kid, String privateJwk) {
        return secret.seal(privateJwk.getBytes(StandardCharsets.UTF_8), kid.getBytes(StandardCharsets.UTF_8));
    }

    private SigningKey ready(NodeKey stored, Instant now) {
        var privateJwk = new String(secret.open(stored.sealedPrivate(), stored.kid().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        var key = parse(privateJwk);
        var suite = SignatureSuite.ofKey(key);
        if (suite == null) {
            throw new IllegalStateException("signing key " + stored.kid() + " is of no suite this node speaks");
        }
        try {
            return new SigningKey(stored.kid(), suite, suite.signer(key), now);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing key " + stored.kid() + " is unusable", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is not a JWK", e);
        }
    }
}
