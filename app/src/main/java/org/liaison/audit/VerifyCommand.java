package org.liaison.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.jwk.ECKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Operators' check of a node's audit chain, with or without the node running and without a Spring context:
 * {@code ./liaison audit-verify <data-dir>}. Exit status 0 when intact, 1 when a problem was found, 2 on a
 * usage or connection error.
 */
public final class VerifyCommand {

    public static final int INTACT = 0;
    public static final int PROBLEM = 1;
    public static final int ERROR = 2;

    static final String USAGE = """
            Usage: ./liaison audit-verify <data-dir> [--public-key <file>]
                   ./liaison audit-verify --jdbc-url <url> [--public-key <file>]

            Checks the node's tamper-evident audit log: recomputes the hash and link of every entry and
            compares the chain with the node's signed checkpoints. Works whether the node is running or not.

              <data-dir>           the node's data directory (LIAISON_DATA_DIR, e.g. data/KH-1); the
                                   database password is read from <data-dir>/keys/database.properties
              --jdbc-url <url>     a PostgreSQL JDBC URL instead; user and password are taken from the
                                   URL (?user=…&password=…), else from LIAISON_DB_USER and LIAISON_DB_PASSWORD
              --public-key <file>  the node's signing key as a JWK; only its public part is used
                                   (default: <data-dir>/keys/signing.jwk)

            Exit status: 0 intact, 1 a problem was found (its seq and kind are printed), 2 usage or connection error.
            """;

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Does the check and returns the exit status instead of exiting, so it can run inside another program. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        VerifyArguments arguments;
        try {
            arguments = VerifyArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return ERROR;
        }
        if (arguments.help()) {
            out.print(USAGE);
            return INTACT;
        }
        try {
            var key = publicKey(arguments.keyFile());
            try (var source = arguments.jdbcUrl() != null ? VerifySource.jdbc(arguments.jdbcUrl(), env)
                    : VerifySource.dataDir(arguments.dataDir())) {
                var result = new ChainVerifier(source.dataSource(), key).verify();
                new VerifyReport(out).print(source.description(), arguments.keyFile(), key, result);
                return result.ok() ? INTACT : PROBLEM;
            }
        } catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException | DataAccessException e) {
            err.println("audit-verify: " + e.getMessage());
            return ERROR;
        }
    }

    private static @Nullable ECKey publicKey(@Nullable Path file) throws IOException {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        try {
            return ECKey.parse(Files.readString(file)).toPublicJWK();
        } catch (ParseException e) {
            throw new IllegalArgumentException(file + " is not an EC JWK: " + e.getMessage(), e);
        }
    }

    /** Without Spring Boot's logging setup Logback would print every debug line of the embedded database. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
