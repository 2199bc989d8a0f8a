package org.liaison;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liaison.node.DatabaseRole;
import org.liaison.node.database.DetachedPostgres;
import org.liaison.node.EmbeddedCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * A node as users run it: the packaged jar in a process of its own ({@code java -jar app/target/liaison-node-exec.jar})
 * on its own durable embedded PostgreSQL in its data dir, so that it, or its database, can be killed with SIGKILL
 * and started again on the same data.
 */
public final class NodeProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "liaison-node-exec.jar").toAbsolutePath();

    public final String id;
    public final int port;
    public final Path dataDir;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvm = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"));
    private Process process;
    private int starts;

    public NodeProcess(String id) throws IOException {
        this.id = id;
        this.dataDir = Files.createTempDirectory("liaison-proc-" + id);
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        args.addAll(List.of("--server.port=" + port, "--liaison.node.id=" + id, "--liaison.node.country=" + id.substring(0, 2),
                "--liaison.node.base-url=http://localhost:" + port, "--liaison.node.data-dir=" + dataDir,
                "--liaison.demo.enabled=true", "--liaison.demo.password=fault-injection-pw",
                "--liaison.exchange.peer-retry=PT0.2S", "--liaison.exchange.backoff-base=PT0.05S",
                "--liaison.exchange.backoff-max=PT0.5S", "--liaison.exchange.max-attempts=1000000",
                "--liaison.exchange.request-timeout=PT1S", "--logging.level.org.liaison=WARN",
                "--logging.level.org.liaison.node=INFO", "--logging.level.org.liaison.audit.chain.FinalCheckpoint=INFO"));
    }

    public NodeProcess arg(String arg) {
        args.add(arg);
        return this;
    }

    /**
     * Sets a node option, replacing the value given before: Spring joins a repeated {@code --name=} with commas.
     * E.g. {@code set("liaison.node.base-url", lb)} for an instance behind a load balancer.
     */
    public NodeProcess set(String name, String value) {
        args.removeIf(a -> a.startsWith("--" + name + "="));
        args.add("--" + name + "=" + value);
        return this;
    }

    /** An environment variable of the node's process, as an operator sets {@code SPRING_DATASOURCE_URL}. */
    public NodeProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** An option for the node's JVM, e.g. {@code -Xmx1g}. */
    public NodeProcess jvm(String option) {
        jvm.add(option);
        return this;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public NodeProcess start() throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(++starts).toFile());
        builder.environment().putAll(env);
        process = builder.start();
        return this;
    }

    /** Waits until the node answers its health check, failing at once if it exits meanwhile. */
    public void awaitHealthy() {
        awaitAnswer("/actuator/health");
    }

    /**
     * Waits until the node is ready for traffic (what a load balancer checks): its start-up work, demo data
     * included, is done.
     */
    public void awaitReady() {
        awaitAnswer("/actuator/health/readiness");
    }

    private void awaitAnswer(String path) {
        try (var client = HttpClient.newHttpClient()) {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(id + " exited; see " + log(starts));
                }
                return answers(client, path);
            });
        }
    }

    public boolean healthy(HttpClient client) throws InterruptedException {
        return answers(client, "/actuator/health");
    }

    private boolean answers(HttpClient client, String path) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no graceful stop, transactions in flight are cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as an operator or a service manager stops the node; waits for the process to end. */
    public int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    /** SIGKILL to the node's postmaster alone: its backends live on until they notice; the node keeps running. */
    public ProcessHandle killPostmaster() {
        var postmaster = postmaster().orElseThrow(() -> new IllegalStateException(id + " has no PostgreSQL running"));
        postmaster.destroyForcibly();
        return postmaster;
    }

    /** SIGKILL to the postmaster and every process of it at once, as a crash of the database server would. */
    public ProcessHandle killDatabase() {
        var postmaster = postmaster().orElseThrow(() -> new IllegalStateException(id + " has no PostgreSQL running"));
        var backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        return postmaster;
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** The postmaster of the node's embedded PostgreSQL, if one runs. */
    public Optional<ProcessHandle> postmaster() {
        return DetachedPostgres.postmasterOf(dataDir);
    }

    /** The node's database as one of its roles, through its running PostgreSQL. */
    public JdbcClient db(DatabaseRole role) {
        var cluster = EmbeddedCluster.of(dataDir);
        return JdbcClient.create(cluster.dataSource(cluster.runningPort().orElseThrow(), role));
    }

    public Path log(int start) {
        return dataDir.resolve("node-" + start + ".log");
    }

    public String lastLog() throws IOException {
        return Files.readString(log(starts));
    }

    /** Kills the node if it runs and removes its database, which its death stops; keeps its logs. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> postmaster().isEmpty());
        FileSystemUtils.deleteRecursively(dataDir.resolve("postgres").toFile());
    }
}
