package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.liaison.node.DatabaseRole;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a cluster directory ready for its server, before the server starts: a new one is created by
 * {@code initdb} with a superuser password; one created by an earlier version, which trusted every local
 * connection, gets a superuser password in single-user mode. Either way every connection then authenticates
 * with SCRAM. The passwords come from, or go to, the credentials file.
 */
final class ClusterSetup {

    private static final Logger log = LoggerFactory.getLogger(ClusterSetup.class);

    private static final String HBA = """
            # Written by Liaison at every start: every connection authenticates with a SCRAM password
            # (the passwords are in the node's keys/database.properties).
            local   all           all                   scram-sha-256
            host    all           all   127.0.0.1/32    scram-sha-256
            host    all           all   ::1/128         scram-sha-256
            local   replication   all                   scram-sha-256
            host    replication   all   127.0.0.1/32    scram-sha-256
            """;

    private ClusterSetup() {
    }

    /**
     * Creates or upgrades the cluster; its server must not run. {@code syncToDisk} off skips initdb's final
     * fsync, for throw-away clusters only.
     */
    static DatabaseCredentials prepare(Path cluster, Path credentialsFile, boolean syncToDisk) {
        var known = DatabaseCredentials.read(credentialsFile);
        DatabaseCredentials credentials;
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            credentials = known.orElseGet(DatabaseCredentials::generate);
            credentials.write(credentialsFile);
            initdb(cluster, credentials.password(DatabaseRole.SUPERUSER), credentialsFile.getParent(), syncToDisk);
        } else if (known.isEmpty()) {
            log.info("Upgrading the cluster in {}: passwords for its roles, SCRAM authentication", cluster);
            credentials = DatabaseCredentials.generate();
            setSuperuserPassword(cluster, credentials.password(DatabaseRole.SUPERUSER));
            credentials.write(credentialsFile); // after the password took: a crash before repeats the upgrade
        } else {
            credentials = known.get();
        }
        writeHba(cluster);
        return credentials;
    }

    private static void initdb(Path cluster, String superuserPassword, Path secrets, boolean syncToDisk) {
        try {
            Files.createDirectories(cluster.getParent());
            var passwordFile = Files.createTempFile(secrets, ".initdb", ".password",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(passwordFile, superuserPassword);
                // The builtin C.UTF-8 locale sorts by code point and folds case in every script (lower, ilike),
                // the same on every machine, whatever locales the operating system has.
                var arguments = new ArrayList<>(List.of("-D", cluster.toString(), "-U", DatabaseRole.SUPERUSER.roleName(),
                        "--pwfile=" + passwordFile, "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
                        "-E", "UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"));
                if (!syncToDisk) {
                    arguments.add("--no-sync");
                }
                PostgresCommands.run(PostgresCommands.command("initdb", arguments), null);
            } finally {
                Files.delete(passwordFile);
            }
            log.info("Created a PostgreSQL cluster in {}", cluster);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a PostgreSQL cluster in " + cluster, e);
        }
    }

    /** In single-user mode, which needs no authentication; the server hashes nothing: the verifier is sent. */
    private static void setSuperuserPassword(Path cluster, String password) {
        try {
            var statement = PasswordUtil.genAlterUserPasswordSQL(DatabaseRole.SUPERUSER.roleName(),
                    password.toCharArray(), "scram-sha-256");
            var output = PostgresCommands.run(PostgresCommands.command("postgres",
                    List.of("--single", "-D", cluster.toString(), "-j", "postgres")), statement + ";\n");
            if (output.contains("ERROR:")) {
                throw new IllegalStateException("could not set the superuser password in " + cluster + ": " + output.strip());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not hash the superuser password", e);
        }
    }

    private static void writeHba(Path cluster) {
        var file = cluster.resolve("pg_hba.conf");
        try {
            if (!Files.exists(file) || !Files.readString(file).equals(HBA)) {
                Files.writeString(file, HBA);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
