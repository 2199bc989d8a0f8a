package org.liaison.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.stereotype.Service;

/**
 * Signs on behalf of this node with its ES256 key, kept as a JWK under the data dir (created on first
 * start, readable by the node's user only). Public facade of the node module.
 */
@Service
public class NodeSigner {

    private final ECKey key;
    private final ECDSASigner signer;

    NodeSigner(NodeSettings node) {
        this.key = loadOrCreate(node.dataDir().resolve("keys").resolve("signing.jwk"), node.id());
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("the node signing key is unusable", e);
        }
    }

    /** A compact JWS over the given bytes, with this node's key id in the header. */
    public String sign(byte[] content, String type) {
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(new JOSEObjectType(type)).build();
        var jws = new JWSObject(header, new Payload(content));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return jws.serialize();
    }

    /** Whether the compact JWS was signed by this node's key over exactly these bytes. */
    public boolean verify(String compactJws, byte[] expectedContent) {
        try {
            var jws = JWSObject.parse(compactJws);
            return jws.verify(new ECDSAVerifier(key.toPublicJWK()))
                    && java.util.Arrays.equals(jws.getPayload().toBytes(), expectedContent);
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public half as JSON, for the directory and partner nodes. */
    public String publicJwk() {
        return key.toPublicJWK().toJSONString();
    }

    private static ECKey loadOrCreate(Path file, String nodeId) {
        try {
            if (Files.exists(file)) {
                return ECKey.parse(Files.readString(file));
            }
            var created = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                    .keyID(nodeId + "-" + System.currentTimeMillis()).generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, created.toJSONString());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write the signing key at " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("the signing key at " + file + " is not a valid EC JWK", e);
        }
    }
}
