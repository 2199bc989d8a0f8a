package org.liaison.bench.node;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of a node as operators run it: {@code java -jar liaison-node-exec.jar} in a process of its own,
 * configured by environment variables, with a data dir of its own; killed with SIGKILL when the benchmark says.
 */
final class InstanceProcess {

    final String nodeId;
    final int port;
    final Path dataDir;
    private final Path jar;
    private final Map<String, String> env = new HashMap<>();
    private Process process;

    InstanceProcess(Path jar, String nodeId) throws IOException {
        this.jar = jar;
        this.nodeId = nodeId;
        this.dataDir = Files.createTempDirectory("liaison-bench-" + nodeId);
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        env.putAll(Map.of("PORT", Integer.toString(port), "LIAISON_NODE_ID", nodeId,
                "LIAISON_NODE_COUNTRY", nodeId.substring(0, 2), "LIAISON_DATA_DIR", dataDir.toString(),
                "LIAISON_BASE_URL", baseUrl(), "LIAISON_DEMO", "true", "LIAISON_DEMO_PASSWORD", InstancesBench.PASSWORD,
                "LOGGING_LEVEL_ORG_LIAISON", "WARN"));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    InstanceProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    InstanceProcess start() throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-jar", jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("node.log").toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        return this;
    }

    /** Until the readiness probe answers 200 (what a load balancer waits for). */
    void awaitReady() throws InterruptedException {
        var client = HttpClient.newHttpClient();
        for (long deadline = System.nanoTime() + 300_000_000_000L; System.nanoTime() < deadline; ) {
            if (!process.isAlive()) {
                throw new IllegalStateException(nodeId + " exited; see " + dataDir.resolve("node.log"));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(nodeId + " did not become ready in 5 minutes");
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
