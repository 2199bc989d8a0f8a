package org.liaison.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refusals that anyone can repeat as fast as they like (requests without a valid CSRF token, attempts made
 * while a throttle holds) are counted per source address and written to the audit trail once per window, a
 * minute by default, as one entry with the count: a flood costs the chain one entry per address and minute,
 * not one per request. The table is bounded; past its size, new addresses share one line.
 */
@Component
public class DenialTally {

    /** The actor of requests that carry no signed-in officer. */
    public static final String ANONYMOUS = "anonymous";

    private static final int MAX_LINES = 10_000;
    private static final int MAX_EXAMPLES = 5;

    /** What is counted together: who (as far as known), what, from where, and why it was refused. */
    public record Denial(String actor, @Nullable String agency, AuditAction action, String address, String reason) {
    }

    private final AuditTrail audit;
    private final Clock clock;
    private Map<Denial, Tally> lines = new HashMap<>();
    private Instant opened;

    DenialTally(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.opened = clock.instant();
    }

    /** Counts one refusal; {@code example} (a request line, a username) shows what was tried. */
    public synchronized void count(Denial denial, String example) {
        var line = lines.size() < MAX_LINES || lines.containsKey(denial) ? denial
                : new Denial(denial.actor(), denial.agency(), denial.action(), "other addresses", denial.reason());
        lines.computeIfAbsent(line, key -> new Tally()).add(example);
    }

    /** Writes one entry per line counted since the last flush, and starts counting afresh. */
    @Scheduled(fixedRateString = "${liaison.identity.throttle.denial-window:PT1M}",
            initialDelayString = "${liaison.identity.throttle.denial-window:PT1M}")
    void flush() {
        Map<Denial, Tally> counted;
        Instant from;
        var to = clock.instant();
        synchronized (this) {
            counted = lines;
            from = opened;
            lines = new HashMap<>();
            opened = to;
        }
        var seconds = Math.max(1, Duration.between(from, to).toSeconds());
        counted.forEach((denial, tally) -> audit.recordFor(denial.actor(), denial.agency(), denial.action(),
                "from:" + denial.address(), Outcome.DENIED, tally.describe(denial.reason(), seconds)));
    }

    /** What was counted when the node stops gracefully is written too. */
    @PreDestroy
    void close() {
        flush();
    }

    private static final class Tally {

        private long count;
        private final Set<String> examples = new LinkedHashSet<>();
        private boolean more;

        void add(String example) {
            count++;
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(example);
            } else {
                more |= !examples.contains(example);
            }
        }

        String describe(String reason, long seconds) {
            return reason + ": " + count + (count == 1 ? " time" : " times") + " in " + seconds + " s; tried "
                    + String.join(", ", examples) + (more ? ", …" : "");
        }
    }
}
