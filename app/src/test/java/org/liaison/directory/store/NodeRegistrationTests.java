package org.liaison.directory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.Directory;
import org.liaison.directory.Node;
import org.liaison.directory.NodeId;
import org.liaison.node.NodeKeys;
import org.liaison.node.NodeSettings;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.liaison.node.ThisNodeMother;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances of one node register it at every start: the configured public address wins, a guessed one
 * never replaces it, and instances that agree write nothing.
 */
@NodeTest
class NodeRegistrationTests {

    private static final String PUBLIC_URL = "https://kh.liaison.example";

    @Autowired Nodes nodes;
    @Autowired ThisNode thisNode;
    @Autowired NodeKeys keys;
    @Autowired AuditTrail auditTrail;
    @Autowired Seeding seeding;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void restoreThisNodesRow() {
        instance(thisNode.baseUrl()).registerThisNode();
    }

    @Test
    void anInstanceThatGuessesItsAddressKeepsTheConfiguredOneRegistered() {
        instance(PUBLIC_URL).registerThisNode();
        long entries = nodeUpdates();

        instance(null).registerThisNode();

        assertThat(registeredUrl()).isEqualTo(PUBLIC_URL);
        assertThat(nodeUpdates()).isEqualTo(entries);
    }

    @Test
    void instancesConfiguredWithTheSameAddressNeverTakeTurnsAndAuditNothing() {
        instance(PUBLIC_URL).registerThisNode();
        long entries = nodeUpdates();

        instance(PUBLIC_URL).registerThisNode();
        instance(PUBLIC_URL + "  ").registerThisNode();

        assertThat(registeredUrl()).isEqualTo(PUBLIC_URL);
        assertThat(nodeUpdates()).isEqualTo(entries);
    }

    @Test
    void aNewlyConfiguredAddressReplacesTheRegisteredOneOnceAndIsAudited() {
        instance(PUBLIC_URL).registerThisNode();
        long entries = nodeUpdates();

        instance("https://kh-new.liaison.example").registerThisNode();

        assertThat(registeredUrl()).isEqualTo("https://kh-new.liaison.example");
        assertThat(nodeUpdates()).isEqualTo(entries + 1);
    }

    @Test
    void anUnsetAddressIsAGuessFromThePortAndSaysSo() {
        var guessing = ThisNodeMother.node(settings(null));
        assertThat(guessing.baseUrlConfigured()).isFalse();
        assertThat(guessing.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(ThisNodeMother.node(settings(" ")).baseUrlConfigured()).isFalse();
        assertThat(ThisNodeMother.node(settings(PUBLIC_URL)).baseUrlConfigured()).isTrue();
    }

    private NodeRegistration instance(@Nullable String baseUrl) {
        return new NodeRegistration(nodes, ThisNodeMother.node(settings(baseUrl)), keys, auditTrail, seeding);
    }

    private NodeSettings settings(@Nullable String baseUrl) {
        return new NodeSettings(thisNode.id(), thisNode.country(), baseUrl, Path.of("unused"), null);
    }

    private String registeredUrl() {
        return directory.node(NodeId.of(thisNode.id())).map(Node::baseUrl).orElseThrow();
    }

    private long nodeUpdates() {
        return jdbc.sql("select count(*) from audit_entry where action = 'NODE_UPDATED' and subject = ?")
                .param(thisNode.id()).query(Long.class).single();
    }
}
