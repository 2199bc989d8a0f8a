package org.liaison.bench.exchange;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long a partner's backlog takes to drain once it is back. KH-1 offers messages to LA-1 at a fixed rate
 * (1 KiB payloads, as {@link ExchangeBench}) with the production backoff (1 s doubling up to 30 s); after a
 * warm-up LA-1 is stopped for the outage, then started again, while sending goes on. Reports the backlog
 * when LA-1 was back and the time from then until every message sent before it was delivered.
 *
 * <p>Usage: {@code DrainBench [rate msg/s, 400] [outage s, 60] [warm-up s, 20] [sending after the return s, 60]}.
 */
public final class DrainBench {

    private DrainBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = arg(args, 0, 400);
        int outage = arg(args, 1, 60);
        int warm = arg(args, 2, 20);
        int after = arg(args, 3, 60);
        System.out.printf("Liaison drain benchmark — %d cores, %s, %d msg/s offered, partner stopped %d s after %d s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), rate, outage, warm);
        var la = new BenchNode("LA-1", true);
        var kh = new BenchNode("KH-1", true)
                .with("liaison.exchange.backoff-base", "PT1S").with("liaison.exchange.backoff-max", "PT30S");
        kh.peer(la);
        la.peer(kh);
        la.start();
        kh.start();
        ExchangeBench.awaitReady(kh, la);
        var sending = Thread.ofPlatform().start(() -> offer(kh, rate, warm + outage + after));
        Thread.sleep(warm * 1000L); // the benchmark's own schedule, not a test
        la.stop();
        Thread.sleep(outage * 1000L);
        la.start();
        var back = Instant.now();
        var db = kh.bean(JdbcClient.class);
        var backlog = undelivered(db, back);
        var drained = awaitDrained(db, back, Duration.ofSeconds(Math.max(120, after + 60)));
        System.out.printf("  backlog when the partner was back: %d messages%n", backlog);
        System.out.printf("  drained %s after the partner was back (the goal: within 30 s)%n",
                drained == null ? "NOT within the wait" : String.format("%.1f s", drained.toMillis() / 1000.0));
        sending.join();
        kh.stop();
        la.stop();
        System.exit(0);
    }

    private static void offer(BenchNode kh, int rate, int seconds) {
        try {
            var failures = new Pacer(rate, Duration.ofSeconds(seconds)).run(() -> ExchangeBench.send(kh));
            System.out.printf("  offered %d s at %d msg/s, %d sends failed%n", seconds, rate, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Messages sent before {@code back} that are not delivered yet. */
    private static long undelivered(JdbcClient db, Instant back) {
        return db.sql("select count(*) from exchange_message where direction = 'OUT' and status <> 'DELIVERED' and created_at < ?")
                .param(Timestamp.from(back)).query(Long.class).single();
    }

    private static Duration awaitDrained(JdbcClient db, Instant back, Duration wait) throws InterruptedException {
        while (Instant.now().isBefore(back.plus(wait))) {
            if (undelivered(db, back) == 0) {
                return Duration.between(back, Instant.now());
            }
            Thread.sleep(100); // the benchmark's own polling, not a test
        }
        return null;
    }

    private static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }
}
