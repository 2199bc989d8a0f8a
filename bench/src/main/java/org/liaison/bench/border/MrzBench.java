package org.liaison.bench.border;

import java.util.Locale;

import org.liaison.documents.Mrz;
import org.liaison.documents.MrzReading;

/**
 * MRZ reading throughput on one thread: the documents module's reader against the baseline of screening's reader
 * before issue 18 ({@link LegacyMrz}), alternating, on the same mix of the ICAO specimens (TD1, TD2, TD3; the
 * baseline reads no visas, so they are left out of both) plus pasted variants (lower case, blanks, one line).
 *
 * <pre>bench/run mrz [seconds per round] [rounds]</pre>
 */
public final class MrzBench {

    private static final String[] ZONES = {
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
            "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6",
            "p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<< \n l898902c36uto7408122f1204159ze184226b<<<<<10 ",
            "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<",
            "P<KHMSOK<<DARA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nN012345679KHM8501019M3001019<<<<<<<<<<<<<<04",
    };

    private MrzBench() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("load " + BorderImportBench.loadAverage() + "; " + Runtime.getRuntime().availableProcessors()
                + " CPUs; " + System.getProperty("java.vm.name") + " " + Runtime.version());
        double ours = 0;
        double legacy = 0;
        for (int round = 0; round < rounds + 1; round++) {
            double o = rate(seconds, true);
            double l = rate(seconds, false);
            if (round > 0) {
                ours = Math.max(ours, o);
                legacy = Math.max(legacy, l);
                System.out.printf(Locale.ROOT, "round %d: documents.Mrz %,.0f /s, legacy %,.0f /s%n", round, o, l);
            }
        }
        System.out.printf(Locale.ROOT, "best of %d rounds of %.0f s (after one warm-up): documents.Mrz %,.0f zones/s, "
                + "legacy reader %,.0f zones/s, ratio %.1fx; goal >= 1,000,000/s: %s%n", rounds, seconds, ours, legacy,
                ours / legacy, ours >= 1_000_000 ? "met" : "NOT met");
    }

    private static double rate(double seconds, boolean ours) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long count = 0;
        long sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            for (var zone : ZONES) {
                if (ours) {
                    sink += Mrz.read(zone) instanceof MrzReading.Read read ? read.document().problems().size() + 1 : 0;
                } else {
                    sink += LegacyMrz.parse(zone).problems().size() + 1;
                }
            }
            count += ZONES.length;
        }
        if (sink == 42) {
            System.out.println();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
