package org.liaison.audit.cli;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.CheckpointKeys;
import org.liaison.node.DatabaseRole;
import org.liaison.node.EmbeddedCluster;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the {@link VerifyCommand} reads: a JDBC URL, the node's external database from its environment,
 * the running node's PostgreSQL found through its {@code postmaster.pid}, or the node's cluster started just
 * for the check (and stopped afterwards). In a data dir it reads as the application role, which may read the
 * audit tables, with the password kept there.
 */
final class VerifySource implements AutoCloseable {

    private final DataSource dataSource;
    private final String description;
    private final EmbeddedCluster.@Nullable Started started;

    private VerifySource(DataSource dataSource, String description, EmbeddedCluster.@Nullable Started started) {
        this.dataSource = dataSource;
        this.description = description;
        this.started = started;
    }

    /** A database given by URL, logged in to as {@code login} says. */
    static VerifySource jdbc(DatabaseLogin login) {
        var source = new PGSimpleDataSource();
        source.setUrl(login.url());
        source.setUser(login.user());
        source.setPassword(login.password());
        return new VerifySource(source, login.description(), null);
    }

    /**
     * The node's database, found as the node finds it: {@code SPRING_DATASOURCE_URL} (with {@code _USERNAME} and
     * {@code _PASSWORD}) when set, as for a node on an external PostgreSQL; else the data dir's embedded cluster,
     * through its running server or one started for the check.
     */
    static VerifySource node(Path dataDir, Map<String, String> env) {
        var external = DatabaseLogin.ofNode(env);
        if (external.isPresent()) {
            return jdbc(external.get());
        }
        var cluster = EmbeddedCluster.of(dataDir);
        if (!cluster.exists()) {
            throw new IllegalArgumentException("no embedded PostgreSQL in " + cluster.directory() + " and "
                    + "SPRING_DATASOURCE_URL is not set: for a node on an external database set SPRING_DATASOURCE_URL, "
                    + "_USERNAME and _PASSWORD as the node has them, or give --jdbc-url");
        }
        var running = cluster.runningPort();
        if (running.isPresent()) {
            return new VerifySource(cluster.dataSource(running.getAsInt(), DatabaseRole.APPLICATION),
                    "running node's PostgreSQL on 127.0.0.1:" + running.getAsInt(), null);
        }
        var started = cluster.start();
        return new VerifySource(cluster.dataSource(started.port(), DatabaseRole.APPLICATION),
                "embedded PostgreSQL on " + cluster.directory() + " (started for this check)", started);
    }

    /**
     * The node's keys as its own database holds them: enough to catch a careless edit, not someone who holds the
     * database and can add a key of their own (the report says so).
     */
    @Nullable CheckpointKeys nodeKeys() {
        var keys = new java.util.LinkedHashMap<String, CheckpointKeys.TrustedKey>();
        try {
            org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                    .sql("select kid, public_jwk, revoked_at from node_signing_key")
                    .query(rs -> {
                        var revoked = rs.getTimestamp(3);
                        keys.put(rs.getString(1), new CheckpointKeys.TrustedKey(rs.getString(2),
                                revoked == null ? null : revoked.toInstant()));
                    });
        } catch (org.springframework.dao.DataAccessException e) {
            return null; // a database from before the node kept its keys there
        }
        return keys.isEmpty() ? null : new CheckpointKeys(keys, "the node's own database", false);
    }

    DataSource dataSource() {
        return dataSource;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }
}
