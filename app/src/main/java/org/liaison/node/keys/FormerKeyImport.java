package org.liaison.node.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import com.nimbusds.jose.jwk.JWK;
import org.liaison.node.NodeKeys;
import org.liaison.node.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the audit signing key that earlier versions kept in {@code <data dir>/keys/signing.jwk} into the node's
 * key set in the database, so the checkpoints it signed keep verifying on every instance, and deletes the file:
 * a private key in plain text beside the data is exactly what the database's sealing avoids.
 */
@Component
class FormerKeyImport {

    private static final Logger log = LoggerFactory.getLogger(FormerKeyImport.class);

    private final NodeKeys keys;
    private final Path file;

    FormerKeyImport(NodeKeys keys, ThisNode node) {
        this.keys = keys;
        this.file = node.dataDir().resolve("keys").resolve("signing.jwk");
    }

    @EventListener(ApplicationStartedEvent.class)
    void importFormerKey() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            var key = JWK.parse(Files.readString(file));
            if (keys.keepFormerKey(key, Files.getLastModifiedTime(file).toInstant())) {
                log.info("moved the former signing key {} from {} into the node's key set", key.getKeyID(), file);
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or delete the former signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK; move it away to start the node", e);
        }
    }
}
