package org.liaison.bench.exchange;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.LiaisonApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node in the benchmark's JVM on its own port and its own embedded PostgreSQL in its data dir, as users run it,
 * restartable on the same data; durable (the default) or, to measure what durability costs, with fsync off.
 */
public final class BenchNode {

    final String id;
    final int port;
    private final boolean durable;
    final Path dataDir;
    private final List<String> extra = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>(Map.of(
            "liaison.exchange.backoff-base", "PT0.1S", "liaison.exchange.backoff-max", "PT1S"));
    private ConfigurableApplicationContext context;

    public BenchNode(String id, boolean durable) throws Exception {
        this.id = id;
        this.durable = durable;
        this.dataDir = Files.createTempDirectory("liaison-bench-" + id);
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    public BenchNode peer(BenchNode other) {
        extra.add("--liaison.exchange.peers." + other.id + "=" + other.baseUrl());
        return this;
    }

    /** Sets a property, e.g. the production backoff instead of the benchmark's short one. */
    BenchNode with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    public BenchNode start() {
        var args = new ArrayList<>(List.of("--server.port=" + port, "--liaison.node.id=" + id,
                "--liaison.node.country=" + id.substring(0, 2), "--liaison.node.base-url=" + baseUrl(),
                "--liaison.node.data-dir=" + dataDir, "--liaison.embedded-database.durable=" + durable,
                "--liaison.database.allow-non-durable=" + !durable,
                "--liaison.demo.enabled=true", "--liaison.demo.password=bench-password-0",
                "--liaison.exchange.peer-retry=PT0.2S", "--liaison.exchange.max-attempts=100000",
                "--logging.level.root=WARN", "--logging.level.org.liaison=WARN",
                "--logging.level.org.liaison.exchange.trust.PeerBootstrap=ERROR",
                "--logging.level.org.liaison.exchange.outbound.FederationClient=ERROR"));
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.addAll(extra);
        context = new SpringApplicationBuilder(LiaisonApplication.class).run(args.toArray(String[]::new));
        return this;
    }

    public void stop() {
        SpringApplication.exit(context);
        context = null;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
