package org.liaison.agreements.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counter every policy change bumps, so that each instance of the node knows when to recompile. */
@Repository
public class PolicyVersions {

    private final JdbcClient jdbc;

    PolicyVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long bump() {
        return jdbc.sql("update policy_version set version = version + 1 where id = 1 returning version")
                .query(Long.class).single();
    }

    long current() {
        return jdbc.sql("select version from policy_version where id = 1").query(Long.class).single();
    }
}
