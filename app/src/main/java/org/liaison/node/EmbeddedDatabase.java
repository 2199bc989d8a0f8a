package org.liaison.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL from the binaries on the class path. A node keeps its cluster under its data dir so a
 * restart keeps the data; tests share one ephemeral cluster per JVM and get a fresh database per context.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "liaison";
    private static EmbeddedPostgres shared;

    private EmbeddedDatabase() {
    }

    static EmbeddedPostgres persistent(Path dataDir, int port) {
        try {
            var directory = dataDir.resolve("postgres");
            Files.createDirectories(directory);
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .start();
            createDatabaseIfMissing(server, DATABASE);
            log.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    static synchronized EmbeddedPostgres sharedEphemeral() {
        if (shared == null) {
            try {
                shared = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_connections", "300").start();
                var server = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        return shared;
    }

    static String freshDatabase(EmbeddedPostgres server) {
        var name = "liaison_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createDatabaseIfMissing(server, name);
        return name;
    }

    static HikariDataSource pool(EmbeddedPostgres server, String database, int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", database));
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.setPoolName("liaison-embedded");
        return new HikariDataSource(config);
    }

    static String database() {
        return DATABASE;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String name) {
        DataSource admin = server.getPostgresDatabase();
        try (var connection = admin.getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + name + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
