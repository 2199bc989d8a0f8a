package org.liaison.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The node's secret AES-256 key, which seals what must be stored encrypted (TOTP secrets, private signing
 * keys): {@code LIAISON_SECRET_KEY} (base64, 32 bytes) when instances share no disk, otherwise
 * {@code <data dir>/keys/secret.key}, created on first start and readable by the owner only.
 */
@Component
public class NodeSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    NodeSecret(ThisNode node, Environment env) {
        var given = env.getProperty("LIAISON_SECRET_KEY");
        this.key = new SecretKeySpec(given != null ? Base64.getDecoder().decode(given) : loadOrCreate(node), "AES");
    }

    public SecretKeySpec key() {
        return key;
    }

    private static byte[] loadOrCreate(ThisNode node) {
        var file = node.dataDir().resolve("keys").resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }
}
