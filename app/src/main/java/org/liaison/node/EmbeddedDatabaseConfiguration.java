package org.liaison.node;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supplies the data source from an embedded PostgreSQL unless {@code spring.datasource.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(NodeSettings node, EmbeddedDatabaseSettings settings) {
        if (settings.ephemeral()) {
            var server = EmbeddedDatabase.sharedEphemeral();
            return new EmbeddedServer(server, EmbeddedDatabase.freshDatabase(server), false);
        }
        return new EmbeddedServer(EmbeddedDatabase.persistent(node.dataDir(), settings.port()),
                EmbeddedDatabase.database(), true);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedServer embedded) {
        return EmbeddedDatabase.pool(embedded.server(), embedded.database(), embedded.owned() ? 20 : 8);
    }

    /** The server and the database this context uses; closes the server only if this context owns it. */
    record EmbeddedServer(EmbeddedPostgres server, String database, boolean owned) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (owned) {
                server.close();
            }
        }
    }

}
