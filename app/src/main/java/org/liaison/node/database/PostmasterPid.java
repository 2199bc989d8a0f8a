package org.liaison.node.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a cluster's {@code postmaster.pid} says: the postmaster's process id, its port and, once written, its
 * status ({@code starting}, {@code ready}, {@code stopping}). The file outlives a postmaster killed with SIGKILL,
 * so it proves nothing by itself: {@link #livePostmaster()} checks that the process is still that postmaster.
 */
record PostmasterPid(Path cluster, long pid, int port, @Nullable String status) {

    static final String FILE = "postmaster.pid";

    static Optional<PostmasterPid> read(Path cluster) {
        try {
            var lines = Files.readAllLines(cluster.resolve(FILE));
            if (lines.size() < 4 || lines.get(3).isBlank()) {
                return Optional.empty(); // being written
            }
            return Optional.of(new PostmasterPid(cluster, Long.parseLong(lines.get(0).strip()),
                    Integer.parseInt(lines.get(3).strip()), lines.size() > 7 ? lines.get(7).strip() : null));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // none, or one being written or removed
        }
    }

    boolean ready() {
        return "ready".equals(status);
    }

    /** The process, if it is alive and is a postgres whose working directory is this cluster. */
    Optional<ProcessHandle> livePostmaster() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isPostgresOf(p, cluster));
    }

    /** Whether a process runs with the pid the file names but is something else (the pid was reused). */
    boolean pidTakenByAnotherProcess() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> !isPostgresOf(p, cluster)).isPresent();
    }

    /** A postmaster changes into its data directory, so its working directory names the cluster. */
    static boolean isPostgresOf(ProcessHandle process, Path cluster) {
        var proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            var name = Files.readString(proc.resolve("comm")).strip();
            var cwd = Files.readSymbolicLink(proc.resolve("cwd"));
            return name.equals("postgres") && cwd.equals(cluster.toRealPath());
        } catch (IOException e) {
            return commandLineNames(process, cluster);
        }
    }

    /** Where {@code /proc} does not tell the working directory: the {@code -D} argument of the command line. */
    private static boolean commandLineNames(ProcessHandle process, Path cluster) {
        var arguments = process.info().arguments().map(List::of).orElse(List.of());
        var command = process.info().command().orElse("");
        int d = arguments.indexOf("-D");
        return command.endsWith("/postgres") && d >= 0 && d + 1 < arguments.size()
                && Path.of(arguments.get(d + 1)).toAbsolutePath().normalize().equals(cluster.toAbsolutePath().normalize());
    }
}
