package org.liaison.node.database;

import com.zaxxer.hikari.HikariDataSource;
import org.liaison.node.DatabaseRole;
import org.liaison.node.NodeSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Supplies the data source from an embedded PostgreSQL unless {@code spring.datasource.url} is set: the pool
 * connects as the application role, Flyway as the owner role. The database bean is destroyed after the pool,
 * which depends on it, so the server stops only once every connection is closed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(NodeSettings node, EmbeddedDatabaseSettings settings) {
        if (settings.ephemeral()) {
            return EphemeralServer.shared().database(settings.database());
        }
        return NodeCluster.start(node.dataDir(), settings.port(), settings.durable());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database, EmbeddedDatabaseSettings settings) {
        return database.pool(settings.ephemeral() ? 8 : 20);
    }

    @Bean
    FlywayConnectionDetails flywayConnectionDetails(EmbeddedDatabase database) {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }

            @Override
            public String getUsername() {
                return DatabaseRole.OWNER.roleName();
            }

            @Override
            public String getPassword() {
                return database.password(DatabaseRole.OWNER);
            }
        };
    }
}
