package org.liaison.node.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.liaison.node.DatabaseRole;

/**
 * The database a node's context uses on an embedded server, with the passwords of its roles. Closing it stops
 * the server only if the context owns it (a node's own cluster, not the tests' shared one).
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;
    private final DatabaseCredentials credentials;
    private final @Nullable AutoCloseable owned;

    EmbeddedDatabase(PostgresServer server, String name, DatabaseCredentials credentials, @Nullable AutoCloseable owned) {
        this.server = server;
        this.name = name;
        this.credentials = credentials;
        this.owned = owned;
    }

    String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    String password(DatabaseRole role) {
        return credentials.password(role);
    }

    /** The node's pool, connected as the application role. */
    HikariDataSource pool(int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(DatabaseRole.APPLICATION.roleName());
        config.setPassword(password(DatabaseRole.APPLICATION));
        config.setMaximumPoolSize(size);
        config.setPoolName("liaison-embedded");
        return new HikariDataSource(config);
    }

    @Override
    public void close() throws Exception {
        if (owned != null) {
            owned.close();
        }
    }
}
