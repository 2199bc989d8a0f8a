package org.liaison.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import com.nimbusds.jose.jwk.ECKey;
import org.jspecify.annotations.Nullable;

/** The human summary printed by {@link VerifyCommand}. */
final class VerifyReport {

    private final PrintStream out;

    VerifyReport(PrintStream out) {
        this.out = out;
    }

    void print(String database, @Nullable Path keyFile, @Nullable ECKey key, Verification result) {
        out.println("Liaison audit verification");
        out.println("  database    : " + database);
        out.println("  public key  : " + (key == null
                ? "none" + (keyFile == null ? "" : " (" + keyFile + " not found)") + ": checkpoint signatures NOT checked"
                : keyFile + " (key id " + key.getKeyID() + ")"));
        out.println("  entries     : " + result.entriesChecked());
        out.println("  checkpoints : " + result.checkpointsChecked()
                + (result.signaturesChecked() ? " (signatures verified)" : " (signatures not verified)"));
        out.println("  time        : " + String.format(Locale.ROOT, "%.2f s", result.duration().toNanos() / 1e9));
        var problem = result.firstProblem();
        if (problem == null) {
            out.println("  result      : INTACT");
            return;
        }
        out.println("  result      : PROBLEM at seq " + problem.seq() + ": " + problem.kind());
        out.println("                entry " + problem.seq() + ": " + problem.explanation());
        out.println("  The check stops at the first problem. Keep a copy of the database before anything else "
                + "touches it.");
    }
}
