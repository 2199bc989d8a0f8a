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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Debian's HAProxy ({@code /usr/sbin/haproxy}) in front of a node's instances, as docs/deployment.md configures
 * it: round robin, an instance taken out after two failed checks of its readiness endpoint and put back after two
 * good ones, a request whose connection was refused sent to another instance. Its statistics page says which
 * instances it sees up. It runs in the foreground as a child of the test, so it can be killed with SIGKILL and
 * started again on the same port.
 */
public final class HaProxy implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/haproxy");

    public final int port;
    private final int statsPort;
    private final Path folder;
    private final Path config;
    private Process process;
    private int starts;

    /** A balancer over instances listening on these loopback ports, named {@code i1}, {@code i2}, … */
    public HaProxy(int... instancePorts) throws IOException {
        this.port = freePort();
        this.statsPort = freePort();
        this.folder = Files.createTempDirectory("liaison-haproxy");
        this.config = folder.resolve("haproxy.cfg");
        Files.writeString(config, config(instancePorts));
    }

    /** The balancer's URL: the node's one public base URL, which partners pin. */
    public String url() {
        return "http://localhost:" + port;
    }

    public HaProxy start() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("haproxy-" + (++starts) + ".log").toFile()).start();
        return this;
    }

    /** SIGKILL: every connection through the balancer is cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until the balancer sees the instance ({@code i1}, {@code i2}, …) in the state, e.g. {@code UP}. */
    public void awaitInstance(String name, String state) {
        try (var client = HttpClient.newHttpClient()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> state.equals(states(client).get(name)));
        }
    }

    /** Instance name → its state as the balancer sees it, from the CSV of the statistics page. */
    private Map<String, String> states(HttpClient client) throws IOException, InterruptedException {
        var csv = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/;csv")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return csv.lines().map(l -> l.split(",")).filter(f -> f.length > 17 && f[0].equals("instances"))
                .collect(Collectors.toMap(f -> f[1], f -> f[17], (x, y) -> x));
    }

    private String config(int... instancePorts) {
        var servers = IntStream.range(0, instancePorts.length)
                .mapToObj(i -> "    server i" + (i + 1) + " 127.0.0.1:" + instancePorts[i] + " check")
                .collect(Collectors.joining("\n"));
        return String.join("\n", List.of(
                "global", "    maxconn 512",
                "defaults", "    mode http", "    timeout connect 1s", "    timeout client 60s", "    timeout server 60s",
                "    retries 3", "    option redispatch",
                "frontend node", "    bind 127.0.0.1:" + port, "    option forwardfor", "    default_backend instances",
                "backend instances", "    balance roundrobin",
                "    option httpchk GET /actuator/health/readiness", "    http-check expect status 200",
                "    default-server inter 500ms fall 2 rise 2",
                servers,
                "listen stats", "    bind 127.0.0.1:" + statsPort, "    stats enable", "    stats uri /", "")) + "\n";
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
