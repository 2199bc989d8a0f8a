package org.liaison.exchange.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.wire.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery loops: each claims a batch of due outbox rows ({@code SKIP LOCKED}), delivers them as one
 * request per partner (ADR 0008, the requests in parallel), records the outcomes and commits, holding the row locks meanwhile, so a crash at any point leaves the rows
 * queued and the receiver's idempotency turns the resend into the original receipt. A loop sleeps until the
 * next row is due or a send commits ({@link #wake()}).
 *
 * <p>Wakes coalesce: a woken loop lingers a few milliseconds ({@code liaison.exchange.linger}) so that the
 * sends committing meanwhile join its round, and while one loop lingers further sends wake no other, since
 * the coming claim will see their rows. Without this, every send woke a loop of its own and rounds carried
 * one to three messages, each paying a claim, a request, a receipt signature and its verification.
 *
 * <p>A partner that could not be reached is noted ({@link Outages}); the first round that reaches it again
 * makes its waiting messages due at once.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final Deliveries deliveries;
    private final Delivery delivery;
    private final BatchDelivery batches;
    private final NoticeDelivery notices;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExchangeSettings settings;
    private final Outages outages;
    private final BlockingQueue<Boolean> signals = new LinkedBlockingQueue<>();
    /** A woken loop is lingering before its claim, which will see every row committed before that claim. */
    private final AtomicBoolean lingering = new AtomicBoolean();
    private final List<Thread> loops = new ArrayList<>();
    private volatile boolean running;

    DeliveryWorker(Deliveries deliveries, Delivery delivery, BatchDelivery batches, NoticeDelivery notices,
                   TransactionTemplate transaction, Clock clock, ExchangeSettings settings, Outages outages) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.batches = batches;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.outages = outages;
    }

    /** Something was queued: let a sleeping loop look now rather than at its next timeout. */
    public void wake() {
        // A send that commits before a lingering loop's claim is seen by that claim: no other loop is needed.
        if (!lingering.get() && signals.size() < settings.workers()) {
            signals.offer(Boolean.TRUE);
        }
    }

    /** One round on the calling thread; returns how many rows it handled. */
    int deliverDue() {
        var answered = new HashMap<String, Boolean>();
        var handled = transaction.execute(status -> {
            var due = deliveries.claim(Instant.now(clock), settings.batch());
            if (due.isEmpty()) {
                return 0;
            }
            var chunks = batches.chunks(delivery.prepare(due));
            List<Future<List<Delivery.Outcome>>> attempts;
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                attempts = chunks.stream().map(chunk -> pool.submit(() -> batches.attempt(chunk))).toList();
            } // closing waits for every request; each is bounded by the request timeout
            var now = Instant.now(clock);
            for (int c = 0; c < chunks.size(); c++) {
                var outcomes = attempts.get(c).resultNow();
                keepBatchReceipts(outcomes, now);
                delivery.recordAll(chunks.get(c), outcomes);
                var partner = chunks.get(c).getFirst().due().recipientNode();
                if (outcomes.stream().anyMatch(DeliveryWorker::answered)) {
                    answered.put(partner, true);
                } else if (outcomes.stream().anyMatch(o -> o.reason() == Rejection.UNREACHABLE)) {
                    answered.putIfAbsent(partner, false);
                }
            }
            return due.size();
        });
        afterRound(answered);
        return handled == null ? 0 : handled;
    }

    /**
     * Once the round's outcomes are committed: a partner that answered (true) again has its backlog made due
     * now; one that could not be reached (false) is noted. One that only shed the round is neither: its
     * Retry-After stands.
     */
    private void afterRound(Map<String, Boolean> answered) {
        answered.forEach((partner, yes) -> {
            if (!yes) {
                outages.unreachable(partner);
            } else if (outages.reached(partner)) {
                wake();
            }
        });
    }

    /** The partner itself answered: delivered, or refused for a reason of its own (not in transit, not shed). */
    private static boolean answered(Delivery.Outcome outcome) {
        return outcome.reason() == null || outcome.reason() != Rejection.UNREACHABLE && !outcome.reason().deferred();
    }

    private void keepBatchReceipts(List<Delivery.Outcome> outcomes, Instant now) {
        var kept = new HashSet<UUID>();
        for (var outcome : outcomes) {
            if (outcome.batch() != null && outcome.receipt() != null && kept.add(outcome.batch())) {
                deliveries.keepBatchReceipt(outcome.batch(), outcome.receipt(), now);
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                var handled = deliverDue();
                notices.deliverDue();
                if (handled < settings.batch() && signals.poll(sleepTime(handled == 0).toMillis(), TimeUnit.MILLISECONDS) != null) {
                    linger();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("delivery round failed, the rows stay queued: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** Lets the sends committing in the next few milliseconds join this loop's round. */
    private void linger() throws InterruptedException {
        if (settings.linger().isZero() || !lingering.compareAndSet(false, true)) {
            return;
        }
        try {
            Thread.sleep(settings.linger());
        } finally {
            lingering.set(false); // before the claim: a send committing from now on wakes a loop again
        }
    }

    /**
     * Until the next row falls due, at most {@link #IDLE}. Rows already due that a round found nothing of are
     * held by other loops (which look again when their round ends) or wait behind an earlier message of their
     * conversation: looking again at once would only spin, so such a loop waits for a send or the idle time.
     */
    private Duration sleepTime(boolean foundNothing) {
        var next = deliveries.nextDue();
        if (next == null) {
            return IDLE;
        }
        var wait = Duration.between(Instant.now(clock), next);
        if (wait.isNegative() || wait.isZero()) {
            return foundNothing ? IDLE : Duration.ofMillis(1);
        }
        return wait.compareTo(IDLE) > 0 ? IDLE : wait;
    }

    private void sleepQuietly() {
        try {
            signals.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            loops.add(Thread.ofPlatform().daemon().name("exchange-delivery-" + i).start(this::loop));
        }
    }

    @Override
    public void stop() {
        running = false;
        loops.forEach(Thread::interrupt);
        for (var loop : loops) {
            try {
                loop.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        loops.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
