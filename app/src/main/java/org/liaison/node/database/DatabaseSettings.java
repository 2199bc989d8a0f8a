package org.liaison.node.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The node's database, embedded or external.
 *
 * @param allowNonDurable start even if PostgreSQL may lose committed transactions in a crash ({@code fsync},
 *                        {@code full_page_writes} or {@code synchronous_commit} off): throw-away data only (tests,
 *                        the benchmark's comparison); the node then warns at every start
 */
@ConfigurationProperties("liaison.database")
public record DatabaseSettings(boolean allowNonDurable) {
}
