package org.liaison.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final Deliveries deliveries;
    private final Delivery delivery;
    private final BatchDelivery batches;
    private final NoticeDelivery notices;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExchangeSettings settings;
    private final BlockingQueue<Boolean> signals = new LinkedBlockingQueue<>();
    private final List<Thread> loops = new ArrayList<>();
    private volatile boolean running;

    DeliveryWorker(Deliveries deliveries, Delivery delivery, BatchDelivery batches, NoticeDelivery notices,
                   TransactionTemplate transaction, Clock clock, ExchangeSettings settings) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.batches = batches;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
    }

    /** Something was queued: let a sleeping loop look now rather than at its next timeout. */
    void wake() {
        if (signals.size() < settings.workers()) {
            signals.offer(Boolean.TRUE);
        }
    }

    /** One round on the calling thread; returns how many rows it handled. */
    int deliverDue() {
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
            }
            return due.size();
        });
        return handled == null ? 0 : handled;
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
                if (handled < settings.batch()) {
                    signals.poll(sleepTime().toMillis(), TimeUnit.MILLISECONDS);
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

    private Duration sleepTime() {
        var next = deliveries.nextDue();
        if (next == null) {
            return IDLE;
        }
        var wait = Duration.between(Instant.now(clock), next);
        return wait.isNegative() ? Duration.ofMillis(1) : (wait.compareTo(IDLE) > 0 ? IDLE : wait);
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
