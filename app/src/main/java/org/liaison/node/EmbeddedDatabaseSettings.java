package org.liaison.node;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when {@code SPRING_DATASOURCE_URL} is not set.
 *
 * @param ephemeral one throw-away server per JVM with a fresh database per application context (tests)
 * @param port fixed port of a persistent server, 0 for any free port
 */
@ConfigurationProperties("liaison.embedded-database")
public record EmbeddedDatabaseSettings(boolean ephemeral, int port) {
}
