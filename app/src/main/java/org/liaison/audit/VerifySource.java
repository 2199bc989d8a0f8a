package org.liaison.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the {@link VerifyCommand} reads: a JDBC URL, the running node's PostgreSQL found through its
 * {@code postmaster.pid}, or the node's cluster started just for the check (and stopped afterwards).
 */
final class VerifySource implements AutoCloseable {

    static final String DATABASE = "liaison";

    private final DataSource dataSource;
    private final String description;
    private final @Nullable EmbeddedPostgres started;

    private VerifySource(DataSource dataSource, String description, @Nullable EmbeddedPostgres started) {
        this.dataSource = dataSource;
        this.description = description;
        this.started = started;
    }

    static VerifySource jdbc(String url, Map<String, String> env) {
        var source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(env.get("LIAISON_DB_USER"));
        source.setPassword(env.get("LIAISON_DB_PASSWORD"));
        return new VerifySource(source, url, null);
    }

    /** The running node's database if its PostgreSQL is up, else the cluster started read-only for the check. */
    static VerifySource dataDir(Path dataDir) {
        var cluster = dataDir.resolve("postgres");
        var pid = cluster.resolve("postmaster.pid");
        try {
            if (Files.exists(pid)) {
                return running(portOf(Files.readAllLines(pid), pid));
            }
            if (!Files.exists(cluster.resolve("PG_VERSION"))) {
                throw new IllegalArgumentException("no PostgreSQL cluster in " + cluster);
            }
            var server = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).start();
            return new VerifySource(server.getDatabase("postgres", DATABASE),
                    "embedded PostgreSQL on " + cluster + " (started for this check)", server);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the database in " + cluster, e);
        }
    }

    private static VerifySource running(int port) {
        var source = new PGSimpleDataSource();
        source.setServerNames(new String[] { "localhost" });
        source.setPortNumbers(new int[] { port });
        source.setDatabaseName(DATABASE);
        source.setUser("postgres");
        return new VerifySource(source, "running node's PostgreSQL on localhost:" + port, null);
    }

    /** The fourth line of postmaster.pid is the port the server listens on. */
    private static int portOf(List<String> lines, Path pid) {
        try {
            return Integer.parseInt(lines.get(3).strip());
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalArgumentException("cannot read the port from " + pid, e);
        }
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
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
