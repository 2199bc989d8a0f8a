package org.liaison.node.database;

import org.jspecify.annotations.Nullable;
import org.liaison.node.DatabaseRole;
import org.postgresql.ds.PGSimpleDataSource;

/** Unpooled connections to an embedded server on the loopback address, for set-up work and operators' tools. */
final class LocalDataSources {

    private LocalDataSources() {
    }

    static PGSimpleDataSource of(int port, String database, DatabaseRole role, @Nullable DatabaseCredentials credentials) {
        var source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName(database);
        source.setUser(role.roleName());
        if (credentials != null) { // none: a cluster of an earlier version, which trusts local connections
            source.setPassword(credentials.password(role));
        }
        source.setApplicationName("liaison");
        return source;
    }
}
