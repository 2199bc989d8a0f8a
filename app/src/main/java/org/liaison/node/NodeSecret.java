package org.liaison.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The node's secret AES-256 key, which seals what must be stored encrypted (TOTP secrets, private signing
 * keys): {@code LIAISON_SECRET_KEY} (base64, 32 bytes), which every instance of a node must share, otherwise
 * {@code <data dir>/keys/secret.key}, created on first start and readable by the owner only.
 *
 * <p>Sealing is AES-256-GCM with a fresh 96-bit nonce; the stored form is the nonce followed by the ciphertext
 * and tag. Associated data binds a sealed value to where it belongs (a key id, say), so it cannot be moved.
 */
@Component
public class NodeSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private final SecretKeySpec key;

    NodeSecret(ThisNode node, Environment env) {
        var given = env.getProperty("LIAISON_SECRET_KEY");
        this.key = new SecretKeySpec(given != null ? Base64.getDecoder().decode(given) : loadOrCreate(node), "AES");
    }

    /** Encrypts and authenticates {@code plain}, bound to {@code associated}. */
    public byte[] seal(byte[] plain, byte[] associated) {
        try {
            var nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            var cipher = cipher(Cipher.ENCRYPT_MODE, new GCMParameterSpec(128, nonce), associated);
            var sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plain bytes of what {@link #seal} made with the same associated data; refuses anything else. */
    public byte[] open(byte[] sealed, byte[] associated) {
        try {
            if (sealed.length < NONCE + 16) {
                throw new AEADBadTagException("too short to be sealed");
            }
            var cipher = cipher(Cipher.DECRYPT_MODE, new GCMParameterSpec(128, sealed, 0, NONCE), associated);
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value cannot be opened with this node's secret: do all "
                    + "instances share LIAISON_SECRET_KEY?", e);
        }
    }

    private Cipher cipher(int mode, GCMParameterSpec spec, byte[] associated) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, spec);
        cipher.updateAAD(associated);
        return cipher;
    }

    /**
     * Writes the file owner-readable only and forces it and its directory to disk before returning: keys sealed
     * with this secret are committed durably to the database, and must never outlive the secret itself.
     */
    private static void writeDurably(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        var temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        try (var directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    private static byte[] loadOrCreate(ThisNode node) {
        var file = node.dataDir().resolve("keys").resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            writeDurably(file, Base64.getEncoder().encodeToString(bytes));
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }
}
