package org.liaison.audit.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.CheckpointKeys;
import org.liaison.audit.Verification;
import org.liaison.audit.WitnessRecord;

/** The human summary printed by {@link VerifyCommand}. */
final class VerifyReport {

    private final PrintStream out;

    VerifyReport(PrintStream out) {
        this.out = out;
    }

    void print(String database, @Nullable CheckpointKeys keys, List<WitnessRecord> witnesses, Verification result) {
        out.println("Liaison audit verification");
        out.println("  database    : " + database);
        out.println("  keys        : " + (keys == null ? "none: checkpoint signatures NOT checked"
                : keys.byKid().size() + (keys.byKid().size() == 1 ? " key, " : " keys, ") + keys.source()));
        if (keys != null && !keys.pinnedOutside()) {
            out.println("                (not pinned outside the node: a rewrite signed anew with these keys goes "
                    + "unseen; give --witness or --keys)");
        }
        for (var witness : witnesses) {
            out.println("  witness     : " + witness.witness() + " holds " + witness.heads().size() + " heads"
                    + (witness.heads().isEmpty() ? "" : ", up to seq " + witness.heads().getLast().seq()));
        }
        out.println("  entries     : " + result.entriesChecked());
        out.println("  checkpoints : " + result.checkpointsChecked()
                + (result.signaturesChecked() ? " (signatures verified)" : " (signatures not verified)"));
        if (!witnesses.isEmpty()) {
            out.println("  witnessed   : " + result.witnessHeadsChecked() + " heads compared with the chain");
        }
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
