package org.liaison.audit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link VerifyCommand}: a data dir or a JDBC URL; the node's keys from a file; partners'
 * witness records (a base URL or a file, repeatable); the node's id, by default the data dir's name.
 */
record VerifyArguments(@Nullable Path dataDir, @Nullable String jdbcUrl, @Nullable Path keyFile,
                       List<String> witnesses, @Nullable String nodeId, boolean help) {

    static VerifyArguments parse(String[] args) {
        Path dataDir = null;
        String jdbcUrl = null;
        Path keyFile = null;
        String nodeId = null;
        var witnesses = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    return new VerifyArguments(null, null, null, List.of(), null, true);
                }
                case "--jdbc-url" -> jdbcUrl = value(args, ++i, "--jdbc-url");
                case "--keys", "--public-key" -> keyFile = Path.of(value(args, ++i, args[i - 1]));
                case "--witness" -> witnesses.add(value(args, ++i, "--witness"));
                case "--node" -> nodeId = value(args, ++i, "--node");
                default -> {
                    if (args[i].startsWith("-") || dataDir != null) {
                        throw new IllegalArgumentException("unexpected argument: " + args[i]);
                    }
                    dataDir = Path.of(args[i]);
                }
            }
        }
        if ((dataDir == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("give either a data directory or --jdbc-url");
        }
        if (nodeId == null && dataDir != null && dataDir.toAbsolutePath().normalize().getFileName() != null) {
            var name = dataDir.toAbsolutePath().normalize().getFileName().toString();
            nodeId = name.matches("[A-Z]{2}-[A-Z0-9]{1,16}") ? name : null;
        }
        if (!witnesses.isEmpty() && nodeId == null) {
            throw new IllegalArgumentException("--witness needs the node's id: give --node (e.g. --node KH-1)");
        }
        return new VerifyArguments(dataDir, jdbcUrl, keyFile, List.copyOf(witnesses), nodeId, false);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
