package org.liaison.audit;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** The command line of {@link VerifyCommand}: a data dir or a JDBC URL, and optionally a key file. */
record VerifyArguments(@Nullable Path dataDir, @Nullable String jdbcUrl, @Nullable Path keyFile, boolean help) {

    static VerifyArguments parse(String[] args) {
        Path dataDir = null;
        String jdbcUrl = null;
        Path keyFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    return new VerifyArguments(null, null, null, true);
                }
                case "--jdbc-url" -> jdbcUrl = value(args, ++i, "--jdbc-url");
                case "--public-key" -> keyFile = Path.of(value(args, ++i, "--public-key"));
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
        if (keyFile == null && dataDir != null) {
            keyFile = dataDir.resolve("keys").resolve("signing.jwk");
        }
        return new VerifyArguments(dataDir, jdbcUrl, keyFile, false);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
