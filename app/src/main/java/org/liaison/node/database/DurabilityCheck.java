package org.liaison.node.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the node on a database that may lose what the node acknowledged, embedded or external: the
 * node answers 2xx, receipts and "saved" only after a commit, which is a promise only if the commit is on disk.
 * Read through the application's own connections, so a role or database setting that turns durability off
 * counts too. {@code liaison.database.allow-non-durable} lets throw-away nodes start anyway, with a warning.
 *
 * <p>{@code synchronous_commit}: {@code on}, {@code remote_write} and {@code remote_apply} wait for the local
 * flush; so does {@code local}, which is therefore accepted, unless synchronous standbys are configured, whose
 * protection {@code local} would silently opt out of. {@code off} acknowledges commits before they are flushed.
 *
 * <p>It is also Flyway's migration strategy, so the migrations run only once the database was found durable.
 */
@Component
class DurabilityCheck implements InitializingBean, FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

    private final JdbcClient jdbc;
    private final DatabaseSettings settings;

    DurabilityCheck(DataSource dataSource, DatabaseSettings settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        var found = jdbc.sql("""
                select current_setting('fsync') as fsync, current_setting('full_page_writes') as full_page_writes,
                       current_setting('synchronous_commit') as synchronous_commit,
                       current_setting('synchronous_standby_names') as synchronous_standby_names""")
                .query((rs, n) -> Map.of("fsync", rs.getString(1), "full_page_writes", rs.getString(2),
                        "synchronous_commit", rs.getString(3), "synchronous_standby_names", rs.getString(4)))
                .single();
        var problems = problems(found);
        if (problems.isEmpty()) {
            log.info("PostgreSQL is durable: fsync {}, full_page_writes {}, synchronous_commit {}",
                    found.get("fsync"), found.get("full_page_writes"), found.get("synchronous_commit"));
        } else if (settings.allowNonDurable()) {
            log.warn("PostgreSQL is NOT durable ({}): a crash may lose what the node acknowledged. Allowed by "
                    + "liaison.database.allow-non-durable, for throw-away data only", String.join(", ", problems));
        } else {
            throw new IllegalStateException("Refusing to start: PostgreSQL is not durable (" + String.join(", ", problems)
                    + "), so a crash could lose messages and audit entries the node has acknowledged. Turn these "
                    + "settings on, or set liaison.database.allow-non-durable=true for throw-away data.");
        }
    }

    @Override
    public void migrate(Flyway flyway) {
        flyway.migrate();
    }

    /** What makes the settings non-durable, as {@code name=value}; empty if nothing does. */
    static List<String> problems(Map<String, String> settings) {
        var problems = new ArrayList<String>();
        for (var name : List.of("fsync", "full_page_writes")) {
            if (!"on".equals(settings.get(name))) {
                problems.add(name + "=" + settings.get(name));
            }
        }
        var commit = settings.get("synchronous_commit");
        boolean standbys = !settings.getOrDefault("synchronous_standby_names", "").isBlank();
        if ("off".equals(commit) || ("local".equals(commit) && standbys)) {
            problems.add("synchronous_commit=" + commit + (standbys ? " with synchronous standbys" : ""));
        }
        return problems;
    }
}
