package org.liaison.node.database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A postmaster of a node's cluster that no node supervises, as an earlier version left one behind (started through
 * {@code pg_ctl}, detached from its JVM): for tests of the adoption of such orphans.
 */
public final class DetachedPostgres {

    private DetachedPostgres() {
    }

    /** Starts the cluster of the data dir in a session of its own and returns its postmaster once it is ready. */
    public static ProcessHandle start(Path dataDir) throws IOException {
        var cluster = NodeCluster.directory(dataDir);
        var command = new ArrayList<>(List.of("setsid"));
        command.addAll(PostgresCommands.command("postgres", new ServerOptions(0, true, 20, null).withPortChosen().arguments(cluster)));
        new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(cluster.resolve("detached.log").toFile()))
                .start();
        await().atMost(Duration.ofSeconds(60)).until(() -> PostmasterPid.read(cluster).filter(PostmasterPid::ready)
                .flatMap(PostmasterPid::livePostmaster).isPresent());
        return PostmasterPid.read(cluster).flatMap(PostmasterPid::livePostmaster).orElseThrow();
    }

    /** The postmaster of the data dir's cluster, if one runs. */
    public static java.util.Optional<ProcessHandle> postmasterOf(Path dataDir) {
        return PostmasterPid.read(NodeCluster.directory(dataDir)).flatMap(PostmasterPid::livePostmaster);
    }
}
