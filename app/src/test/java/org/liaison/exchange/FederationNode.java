package org.liaison.exchange;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.liaison.LiaisonApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real node in this JVM: its own Spring context on its own loopback port, data dir and database (a fresh
 * one from the test profile's embedded PostgreSQL, kept across {@link #restart()}), with the demo's agencies
 * and agreements. Peers are trusted on first use, as in the demo.
 */
public final class FederationNode implements AutoCloseable {

    public final String id;
    final int port;
    private final Path dataDir;
    private final Map<String, Object> properties = new HashMap<>();
    private ConfigurableApplicationContext context;
    private String database;

    private FederationNode(String id, int port, Path dataDir) {
        this.id = id;
        this.port = port;
        this.dataDir = dataDir;
    }

    public static FederationNode prepare(String id) throws IOException {
        try (var socket = new ServerSocket(0)) {
            return new FederationNode(id, socket.getLocalPort(), Files.createTempDirectory("liaison-" + id));
        }
    }

    public String baseUrl() {
        return (properties.containsKey("server.ssl.key-store") ? "https" : "http") + "://localhost:" + port;
    }

    public FederationNode with(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public FederationNode trusting(FederationNode peer) {
        return with("liaison.exchange.peers." + peer.id, peer.baseUrl());
    }

    public FederationNode start() {
        var all = new HashMap<String, Object>(properties);
        all.put("server.port", port);
        all.put("liaison.node.id", id);
        all.put("liaison.node.country", id.substring(0, 2));
        all.put("liaison.node.base-url", baseUrl());
        all.put("liaison.node.data-dir", dataDir.toString());
        all.put("liaison.demo.enabled", "true");
        all.put("liaison.demo.password", "federation-test-password");
        // Short retries unless the test sets its own.
        all.putIfAbsent("liaison.exchange.backoff-base", "PT0.05S");
        all.putIfAbsent("liaison.exchange.backoff-max", "PT0.4S");
        all.putIfAbsent("liaison.exchange.peer-retry", "PT0.2S");
        all.putIfAbsent("logging.level.org.liaison", "WARN");
        if (database != null) {
            all.put("liaison.embedded-database.database", database);
        }
        // Command-line arguments outrank the profile's files, so the node really gets this port and data dir.
        var args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        context = new SpringApplicationBuilder(LiaisonApplication.class).profiles("test").run(args);
        database = db().sql("select current_database()").query(String.class).single();
        return this;
    }

    /** Stops the node as an operator would (graceful), keeping its database and data dir for {@link #start()}. */
    public void stop() {
        if (context != null) {
            SpringApplication.exit(context);
            context = null;
        }
    }

    FederationNode restart() {
        stop();
        return start();
    }

    /** The name of the node's database on the test server (kept across restarts), for a second instance on it. */
    public String database() {
        return database;
    }

    boolean running() {
        return context != null;
    }

    /** The node's application context, for test fixtures that take one. */
    public org.springframework.context.ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** MockMvc over this node's web layer, security filters included. */
    public org.springframework.test.web.servlet.MockMvc mvc() {
        return org.liaison.MockMvcs.withSecurity((org.springframework.web.context.WebApplicationContext) context);
    }

    public JdbcClient db() {
        return bean(JdbcClient.class);
    }

    long audited(String action) {
        return db().sql("select count(*) from audit_entry where action = ?").param(action).query(Long.class).single();
    }

    @Override
    public void close() {
        stop();
    }
}
