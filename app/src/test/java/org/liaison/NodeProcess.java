package org.liaison.exchange;

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
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A node as the packaged jar in a process of its own ({@code java -jar app/target/liaison-node-exec.jar}) on an
 * external database, so that it can be killed with SIGKILL and started again on the same data.
 */
final class NodeProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "liaison-node-exec.jar").toAbsolutePath();

    final String id;
    final int port;
    final Path dataDir;
    private final List<String> args = new ArrayList<>();
    private Process process;
    private int starts;

    NodeProcess(String id, String jdbcUrl) throws IOException {
        this.id = id;
        this.dataDir = Files.createTempDirectory("liaison-proc-" + id);
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        args.addAll(List.of("--server.port=" + port, "--liaison.node.id=" + id, "--liaison.node.country=" + id.substring(0, 2),
                "--liaison.node.base-url=http://localhost:" + port, "--liaison.node.data-dir=" + dataDir,
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--liaison.demo.enabled=true", "--liaison.demo.password=fault-injection-pw",
                "--liaison.exchange.peer-retry=PT0.2S", "--liaison.exchange.backoff-base=PT0.05S",
                "--liaison.exchange.backoff-max=PT0.5S", "--liaison.exchange.max-attempts=1000000",
                "--liaison.exchange.request-timeout=PT1S", "--logging.level.org.liaison=WARN"));
    }

    NodeProcess arg(String arg) {
        args.add(arg);
        return this;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    NodeProcess start() throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", JAR.toString()));
        command.addAll(args);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("node-" + (++starts) + ".log").toFile()).start();
        return this;
    }

    void awaitHealthy() {
        try (var client = HttpClient.newHttpClient()) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(id + " exited; see " + dataDir);
                }
                try {
                    return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    /** SIGKILL: no shutdown hook, no graceful stop, transactions in flight are cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
