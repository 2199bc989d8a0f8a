package org.liaison.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.Directory;
import org.liaison.directory.NodeId;
import org.liaison.directory.store.ContactPoints;
import org.liaison.directory.store.Nodes;
import org.liaison.node.Seeding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads the demo data into the shared test node by hand, so the other tests keep one cached context. */
@NodeTest
class DemoDirectoryTests {

    @Autowired Nodes nodes;
    @Autowired ContactPoints contactPoints;
    @Autowired AuditTrail auditTrail;
    @Autowired Seeding seeding;
    @Autowired Environment environment;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void loadsTheThreeDemoNodesAndFictionalContactPointsOnceOnly() {
        var demo = new DemoDirectory(nodes, contactPoints, auditTrail, seeding, environment);
        demo.load();
        var nodesAfterFirst = directory.nodes().size();
        var contactsAfterFirst = directory.contactPoints(null).size();
        long loads = demoLoads();

        demo.load();

        assertThat(directory.nodes()).hasSize(nodesAfterFirst)
                .extracting(n -> n.id().value()).contains("KH-1", "LA-1", "VN-1");
        assertThat(directory.node(NodeId.of("LA-1")).orElseThrow().baseUrl()).isEqualTo("http://localhost:8082");
        assertThat(directory.contactPoints(null)).hasSize(contactsAfterFirst);
        assertThat(demoLoads()).isEqualTo(loads).isPositive();
        assertThat(directory.contactPoints(null)).filteredOn(c -> c.name().endsWith("(demo)")).hasSize(9)
                .allSatisfy(c -> {
                    assertThat(c.email()).endsWith("@example.invalid");
                    assertThat(c.phone()).startsWith("+000 ");
                });
    }

    private long demoLoads() {
        return jdbc.sql("select count(*) from audit_entry where action = 'DEMO_DATA_LOADED'").query(Long.class).single();
    }
}
