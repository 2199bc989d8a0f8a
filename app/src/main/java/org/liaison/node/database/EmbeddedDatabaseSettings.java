package org.liaison.node.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when {@code SPRING_DATASOURCE_URL} is not set.
 *
 * @param ephemeral one throw-away server per JVM with a database per application context (tests)
 * @param port fixed port of a persistent server, 0 for any free port
 * @param durable fsync, synchronous_commit and full_page_writes on (the default); off only to measure what
 *                durability costs, together with {@code liaison.database.allow-non-durable}
 * @param database on the ephemeral server, the database to use (created if missing), so that a test node restarts
 *                 on its data; none for a fresh one
 */
@ConfigurationProperties("liaison.embedded-database")
public record EmbeddedDatabaseSettings(boolean ephemeral, int port, @DefaultValue("true") boolean durable,
                                       @Nullable String database) {
}
