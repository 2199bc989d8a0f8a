package org.liaison.node.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.liaison.node.DatabaseRole;

/**
 * The passwords of the embedded cluster's roles, generated on first start and kept in a properties file that only
 * the node's user can read ({@code <data dir>/keys/database.properties}); operators' tools read them there.
 */
record DatabaseCredentials(Map<DatabaseRole, String> passwords) {

    private static final SecureRandom RANDOM = new SecureRandom();

    DatabaseCredentials {
        passwords = Map.copyOf(passwords);
        for (var role : DatabaseRole.values()) {
            if (passwords.getOrDefault(role, "").isBlank()) {
                throw new IllegalArgumentException("no password for " + role.roleName());
            }
        }
    }

    static Path fileIn(Path dataDir) {
        return dataDir.resolve("keys").resolve("database.properties");
    }

    static DatabaseCredentials generate() {
        var passwords = new EnumMap<DatabaseRole, String>(DatabaseRole.class);
        for (var role : DatabaseRole.values()) {
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            passwords.put(role, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return new DatabaseCredentials(passwords);
    }

    static Optional<DatabaseCredentials> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            var passwords = new EnumMap<DatabaseRole, String>(DatabaseRole.class);
            for (var role : DatabaseRole.values()) {
                passwords.put(role, properties.getProperty(role.roleName(), ""));
            }
            return Optional.of(new DatabaseCredentials(passwords));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is incomplete: " + e.getMessage(), e);
        }
    }

    /** Writes the file readable by its owner only, whole or not at all. */
    void write(Path file) {
        var text = new StringBuilder("# Passwords of the embedded PostgreSQL's roles. Keep this file secret.\n");
        for (var role : DatabaseRole.values()) {
            text.append(role.roleName()).append('=').append(password(role)).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            var partial = Files.createTempFile(file.getParent(), ".database", ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(partial, text);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    String password(DatabaseRole role) {
        return passwords.get(role);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[passwords hidden]";
    }
}
