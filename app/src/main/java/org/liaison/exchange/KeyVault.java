package org.liaison.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.liaison.node.NodeSecret;
import org.springframework.stereotype.Component;

/**
 * Seals private signing keys for the database with AES-256-GCM, the key id as associated data (a sealed key
 * cannot be moved to another row). The key-encryption key is the node secret: {@code LIAISON_SECRET_KEY}
 * (base64, 32 bytes), which every instance of a node must share, or else {@code keys/secret.key} in the data dir.
 */
@Component
class KeyVault {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    KeyVault(NodeSecret secret) {
        this.key = secret.key();
    }

    byte[] seal(String kid, String privateJwk) {
        try {
            var iv = new byte[12];
            RANDOM.nextBytes(iv);
            var cipher = cipher(Cipher.ENCRYPT_MODE, kid, new GCMParameterSpec(128, iv));
            var sealed = cipher.doFinal(privateJwk.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    String open(String kid, byte[] sealed) {
        try {
            var cipher = cipher(Cipher.DECRYPT_MODE, kid, new GCMParameterSpec(128, sealed, 0, 12));
            return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + kid + " cannot be opened with this node's secret: "
                    + "do all instances share LIAISON_SECRET_KEY?", e);
        }
    }

    private Cipher cipher(int mode, String kid, GCMParameterSpec spec) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, spec);
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
