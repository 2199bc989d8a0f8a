package org.liaison.exchange.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.Outcome;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.store.Rejections;
import org.liaison.exchange.wire.Rejection;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refusals of deliveries whose signature was never verified (unreadable, too large, unknown key, bad
 * signature) and of those shed under load (rate-limited, overloaded). Anyone can send these, so they are
 * not written one by one: the append-only audit chain can never be pruned, and one entry per garbage
 * request would let anybody grow it at will. Each instance counts them per source address and reason, and
 * once per interval (and when it stops) writes one audit entry and one message-log row per pair, with the
 * count, the first and last time and one sample detail. Only {@code summarised-addresses} addresses are
 * counted apart per interval; the rest share one "other addresses" count, so memory and the rows written
 * stay bounded however many addresses send.
 */
@Component
public class UnverifiedRefusals implements SmartLifecycle {

    public static final String OTHER_ADDRESSES = "other addresses";

    private final Rejections rejections;
    private final AuditTrail audit;
    private final Clock clock;
    private final int addressesApart;
    private Map<Key, Count> window = new LinkedHashMap<>();
    private Set<String> addresses = new HashSet<>();
    private volatile boolean running;

    UnverifiedRefusals(Rejections rejections, AuditTrail audit, Clock clock, ExchangeSettings settings) {
        this.rejections = rejections;
        this.audit = audit;
        this.clock = clock;
        this.addressesApart = settings.inbound().summarisedAddresses();
    }

    /** Counts one refusal in the current interval. */
    synchronized void add(String address, Rejection reason, String detail) {
        var apart = addresses.contains(address) || addresses.size() < addressesApart && addresses.add(address);
        var now = Instant.now(clock);
        window.computeIfAbsent(new Key(apart ? address : OTHER_ADDRESSES, reason), k -> new Count(now, detail)).add(now);
    }

    /** Writes what the interval counted: one audit entry and one row per source address and reason. */
    @Scheduled(fixedDelayString = "${liaison.exchange.inbound.refusal-summary-interval:PT1M}",
            initialDelayString = "${liaison.exchange.inbound.refusal-summary-interval:PT1M}")
    public void flush() {
        Map<Key, Count> counted;
        synchronized (this) {
            counted = window;
            window = new LinkedHashMap<>();
            addresses = new HashSet<>();
        }
        counted.forEach(this::write);
    }

    private void write(Key key, Count count) {
        var detail = count.count + " refused from " + key.address() + " between " + count.first + " and " + count.last
                + "; for example: " + count.sample;
        rejections.addCounted(count.first, count.last, key.address(), key.reason().name(), count.count, detail);
        audit.recordRejection(AuditAction.UNVERIFIED_DELIVERIES_REFUSED, "address:" + key.address(), Outcome.DENIED,
                key.reason() + " ×" + count.count + ": " + detail);
    }

    @Override
    public void start() {
        running = true;
    }

    /** Writes the last interval's counts, after the web server has stopped taking requests. */
    @Override
    public void stop() {
        running = false;
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Lower than the web server's phases: started before it, stopped after it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private record Key(String address, Rejection reason) {
    }

    private static final class Count {

        private final Instant first;
        private final String sample;
        private Instant last;
        private int count;

        Count(Instant first, String sample) {
            this.first = first;
            this.last = first;
            this.sample = sample;
        }

        void add(Instant at) {
            last = at;
            count++;
        }
    }
}
