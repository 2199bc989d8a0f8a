package org.liaison.audit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.CheckpointKeys;
import org.liaison.audit.WitnessRecord;
import org.liaison.audit.verifier.ChainVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Operators' check of a node's audit chain, with or without the node running and without a Spring context:
 * {@code ./liaison audit-verify <data-dir> [--witness <partner>]}. Exit status 0 when intact, 1 when a problem
 * was found, 2 on a usage or connection error.
 */
public final class VerifyCommand {

    public static final int INTACT = 0;
    public static final int PROBLEM = 1;
    public static final int ERROR = 2;

    static final String USAGE = """
            Usage: ./liaison audit-verify <data-dir> [--witness <partner>]... [--keys <file>] [--node <id>]
                   ./liaison audit-verify --jdbc-url <url> [--witness <partner>]... [--keys <file>] [--node <id>]

            Checks the node's tamper-evident audit log: recomputes the hash and link of every entry, compares the
            chain with the node's signed checkpoints and with the heads its partners witnessed. Works whether the
            node is running or not.

              <data-dir>           the node's data directory (LIAISON_DATA_DIR, e.g. data/KH-1); its database
                                   is found as the node finds it: SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD
                                   when set (a node on an external PostgreSQL), else the embedded one in
                                   <data-dir>/postgres with the password from <data-dir>/keys/database.properties
              --jdbc-url <url>     a PostgreSQL JDBC URL instead; user and password are taken from the URL
                                   (?user=…&password=… or //user:password@host), else from LIAISON_DB_USER
                                   and LIAISON_DB_PASSWORD
              --witness <partner>  a partner's record of this node's chain: its base URL (fetched over the
                                   federation) or a file its administrator exported; repeat for several partners.
                                   Its heads must match the chain, and its copy of the node's keys checks them.
              --keys <file>        the node's public keys as a JWK set (or one JWK), kept outside the node
              --node <id>          the node's id (default: the data directory's name, e.g. KH-1)

            Keys: --keys if given, else those the witnesses pinned, else the node's own database, which whoever
            holds the database can replace: only witnesses or --keys catch a rewrite that was signed anew.

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
            var witnesses = new ArrayList<WitnessRecord>();
            for (var witness : arguments.witnesses()) {
                witnesses.add(WitnessSources.load(witness, Objects.requireNonNull(arguments.nodeId())));
            }
            try (var source = arguments.jdbcUrl() != null ? VerifySource.jdbc(DatabaseLogin.ofUrl(arguments.jdbcUrl(), env))
                    : VerifySource.node(Objects.requireNonNull(arguments.dataDir()), env)) {
                var keys = keys(arguments.keyFile(), witnesses, source);
                var heads = witnesses.stream().flatMap(w -> w.witnessed().stream()).toList();
                var result = new ChainVerifier(source.dataSource(), keys, heads, ChainVerifier.DEFAULT_CLOCK_TOLERANCE)
                        .verify();
                new VerifyReport(out).print(source.description(), keys, witnesses, result);
                return result.ok() ? INTACT : PROBLEM;
            }
        } catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException | DataAccessException e) {
            err.println("audit-verify: " + e.getMessage());
            return ERROR;
        }
    }

    /** The keys that vouch for checkpoints: a file, else the witnesses' pinned copies, else the node's database. */
    private static @Nullable CheckpointKeys keys(@Nullable Path file, List<WitnessRecord> witnesses, VerifySource source)
            throws IOException {
        if (file != null) {
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("no key file " + file);
            }
            return CheckpointKeys.parse(Files.readString(file), file.toString());
        }
        if (!witnesses.isEmpty()) {
            return witnesses.stream().map(WitnessRecord::checkpointKeys).reduce(CheckpointKeys::and).orElseThrow();
        }
        return source.nodeKeys();
    }

    /** Without Spring Boot's logging setup Logback would print every debug line of the embedded database. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
