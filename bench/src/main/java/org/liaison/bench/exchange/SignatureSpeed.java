package org.liaison.bench.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.liaison.node.SignatureBenchmarks;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Envelope signature cost per suite and implementation, in one JVM (JMH, one forked JVM per benchmark), with
 * each time as a ratio to ES256, the suite envelopes used before ADR 0010. Usage: {@code SignatureSpeed}.
 */
public final class SignatureSpeed {

    private static final String[] IMPLS = {"es256", "ed25519", "nimbus-tink", "jdk-ed25519"};

    private SignatureSpeed() {
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(SignatureBenchmarks.class.getName())
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1)).timeUnit(TimeUnit.MICROSECONDS).build();
        Map<String, Double> micros = new HashMap<>();
        for (RunResult result : new Runner(options).run()) {
            var label = result.getParams().getBenchmark().replaceAll(".*\\.", "") + "/" + result.getParams().getParam("impl");
            micros.put(label, result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("| implementation | sign | verify | sign + verify | vs ES256 |");
        System.out.println("|---|---|---|---|---|");
        double baseline = micros.get("sign/es256") + micros.get("verify/es256");
        for (String impl : IMPLS) {
            double sign = micros.get("sign/" + impl);
            double verify = micros.get("verify/" + impl);
            System.out.printf(Locale.ROOT, "| %s | %.1f µs | %.1f µs | %.1f µs | %.2f× the time |%n",
                    impl, sign, verify, sign + verify, (sign + verify) / baseline);
        }
    }
}
