package org.liaison.exchange.trust;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.KeyExportClaims;
import org.liaison.node.CompactJws;
import org.liaison.node.NodeKeys;
import org.liaison.node.SignatureSuite;
import org.liaison.node.ThisNode;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node's signed key export: who it is, where it answers and the public keys partners should accept,
 * signed with the oldest of its keys still verifying (which the export contains). Partners pin from it; during
 * a rotation the old key signs an export that lists the new one, so a partner that pinned the old key follows.
 */
@Component
public class KeyExports {

    public static final String PATH = "/federation/v1/keys";
    static final String TYPE = "liaison-keys+jws";

    private final NodeKeys keys;
    private final ThisNode node;
    private final JsonMapper json;
    private final Clock clock;

    KeyExports(NodeKeys keys, ThisNode node, JsonMapper json, Clock clock) {
        this.keys = keys;
        this.node = node;
        this.json = json;
        this.clock = clock;
    }

    /** This node's export, signed now. */
    public String current() {
        var claims = new KeyExportClaims(node.id(), node.baseUrl(), keys.publicKeys().toString(true), Instant.now(clock));
        return CompactJws.sign(json.writeValueAsBytes(claims), TYPE, keys.exportKey());
    }

    /** Reads an export and checks it is signed by one of the keys it lists. */
    public Export read(String signed) {
        var jws = Jws.parse(signed.strip(), TYPE);
        try {
            var claims = json.readValue(jws.getPayload().toBytes(), KeyExportClaims.class);
            var keys = JWKSet.parse(claims.keys());
            var signer = keys.getKeyByKeyId(jws.getHeader().getKeyID());
            if (signer == null || keys.getKeys().stream().anyMatch(k -> k.isPrivate() || SignatureSuite.ofKey(k) == null)) {
                throw new InvalidInput("the export must list only public Ed25519 or P-256 keys, its signer's among them");
            }
            var publicJwk = signer.toPublicJWK().toJSONString();
            Jws.verify(jws, publicJwk);
            return new Export(claims.node(), claims.baseUrl(), keys, signer.getKeyID(), fingerprint(publicJwk), claims.issuedAt());
        } catch (JacksonException | ParseException | IllegalArgumentException e) {
            throw new InvalidInput("not a key export: " + e.getMessage());
        } catch (EnvelopeRejected e) {
            throw new InvalidInput("the key export does not verify: " + e.getMessage());
        }
    }

    /** First 16 hex digits of the key's RFC 7638 thumbprint (SHA-256), for comparing by eye or phone. */
    public static String fingerprint(String publicJwk) {
        try {
            return HexFormat.of().formatHex(JWK.parse(publicJwk).computeThumbprint().decode()).substring(0, 16);
        } catch (ParseException | JOSEException e) {
            throw new InvalidInput("not a JWK: " + e.getMessage());
        }
    }

    public record Export(String nodeId, String baseUrl, JWKSet keys, String signingKid, String signingFingerprint,
                         Instant issuedAt) {
    }
}
