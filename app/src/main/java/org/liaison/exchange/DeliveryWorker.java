package org.liaison.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Delivery loops: each claims a batch of due outbox rows ({@code SKIP LOCKED}), delivers them in parallel,
 * records the outcomes and commits, holding the row locks meanwhile, so a crash at any point leaves the rows
 * queued and the receiver's idempotency turns the resend into the original receipt. A loop sleeps until the
 * next row is due or a send commits ({@link #wake()}).
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final Deliveries deliveries;
    private final Delivery delivery;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExchangeSettings settings;
    private final BlockingQueue<Boolean> signals = new LinkedBlockingQueue<>();
    private final List<Thread> loops = new ArrayList<>();
    private volatile boolean running;

    DeliveryWorker(Deliveries deliveries, Delivery delivery, TransactionTemplate transaction, Clock clock,
                   ExchangeSettings settings) {
        this.deliveries = deliveries;
        this.delivery = delivery;
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
            var prepared = due.stream().map(delivery::prepare).toList();
            List<Future<Delivery.Outcome>> attempts;
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                attempts = prepared.stream().map(p -> pool.submit(() -> delivery.attempt(p))).toList();
            } // closing waits for every attempt; each is bounded by the request timeout
            for (int i = 0; i < due.size(); i++) {
                delivery.record(due.get(i), attempts.get(i).resultNow());
            }
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private void loop() {
        while (running) {
            try {
                if (deliverDue() < settings.batch()) {
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
