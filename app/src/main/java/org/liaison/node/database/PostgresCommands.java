package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Runs PostgreSQL's programs. PostgreSQL refuses to run as root, and containers often run as root: there it
 * runs in a user namespace of its own ({@code unshare -U}), in which it is not root but still owns its files.
 */
final class PostgresCommands {

    private static final boolean ROOT = isRoot();

    private PostgresCommands() {
    }

    /** The program with its arguments, as an unprivileged user. */
    static List<String> command(String program, List<String> arguments) {
        var command = new ArrayList<String>();
        if (ROOT) {
            command.addAll(List.of(onPath("unshare").orElseThrow(() -> new IllegalStateException(
                    "PostgreSQL does not run as root and unshare(1) is missing: run the node as another user")), "-U"));
        }
        command.add(PostgresBinaries.program(program).toString());
        command.addAll(arguments);
        return command;
    }

    /** Runs a program to its end, with the given standard input; answers its output, or fails with it. */
    static String run(List<String> command, @Nullable String input) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                        + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** Sends a signal by name ({@code INT}, {@code QUIT}…) to a process that need not be a child of this JVM. */
    static void signal(long pid, String signal) {
        run(List.of("sh", "-c", "kill -s \"$0\" \"$1\" 2>/dev/null || true", signal, Long.toString(pid)), null);
    }

    static Optional<String> onPath(String program) {
        var path = System.getenv("PATH");
        for (var dir : (path == null ? "/usr/bin:/bin" : path).split(":")) {
            var candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
