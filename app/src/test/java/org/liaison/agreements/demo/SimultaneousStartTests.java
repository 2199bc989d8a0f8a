package org.liaison.agreements.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.internal.Agreements;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances of one node starting together on one empty database: both load the demo agreements at the same
 * moment (two threads, two transactions, as two instances would), and both must start. A context of its own, so
 * the database is empty, whatever the other tests loaded.
 */
@NodeTest
@TestPropertySource(properties = "liaison.test.context=simultaneous-start")
class SimultaneousStartTests {

    @Autowired AgreementRegistry registry;
    @Autowired Agreements agreements;
    @Autowired ThisNode node;
    @Autowired Seeding seeding;
    @Autowired JdbcClient jdbc;

    @Test
    void twoInstancesLoadingTheDemoAgreementsAtOnceBothStartAndRegisterEachAgreementOnce() throws Exception {
        var start = new CyclicBarrier(2);
        try (var instances = Executors.newFixedThreadPool(2)) {
            var first = CompletableFuture.runAsync(() -> startInstance(start), instances);
            var second = CompletableFuture.runAsync(() -> startInstance(start), instances);
            CompletableFuture.allOf(first, second).join();
        }

        long ours = SeedAgreements.all().stream()
                .filter(s -> s.draft().parties().stream().anyMatch(p -> p.country().equals(node.country()))).count();
        assertThat(ours).isPositive();
        assertThat(count("select count(*) from agreement")).isEqualTo(ours);
        assertThat(count("select count(*) from audit_entry where action = 'AGREEMENT_REGISTERED'")).isEqualTo(ours);
        assertThat(count("select count(*) from audit_entry where action = 'AGREEMENT_REGISTERED' "
                + "and subject = 'agreement:KH-LA-SEC-2026'")).isEqualTo(1);
    }

    private void startInstance(CyclicBarrier start) {
        var loader = new DemoAgreements(registry, agreements, node, seeding);
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        loader.load();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
