package org.liaison.screening.batches;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import org.liaison.screening.HitId;
import org.liaison.screening.Traveller;
import org.liaison.screening.hits.Hits;
import org.liaison.screening.watchlist.Screener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens uploaded lists in chunks: each chunk claims its batch ({@code SKIP LOCKED}), screens up to
 * {@link #CHUNK} rows, records their matches as hits and commits the progress, so several instances can share
 * the work, the progress bar moves, and a crash repeats at most one chunk.
 */
@Component
class BatchWorker {

    static final int CHUNK = 250;
    private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);
    private static final Duration SLICE = Duration.ofSeconds(2);

    private final Batches batches;
    private final Screener screener;
    private final Hits hits;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BatchWorker(Batches batches, Screener screener, Hits hits, TransactionTemplate transaction, Clock clock) {
        this.batches = batches;
        this.screener = screener;
        this.hits = hits;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Works for up to two seconds at a time, so other scheduled jobs get their turn. */
    @Scheduled(fixedDelayString = "${liaison.screening.batch-poll:PT0.5S}")
    void work() {
        var until = System.nanoTime() + SLICE.toNanos();
        try {
            while (System.nanoTime() < until && Boolean.TRUE.equals(transaction.execute(status -> chunk()))) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            log.warn("screening chunk failed, it will be repeated: {}", e.toString());
        }
    }

    /** One chunk of the oldest unfinished batch; false when there is none. */
    boolean chunk() {
        var claimed = batches.claim();
        if (claimed.isEmpty()) {
            return false;
        }
        var batch = claimed.get();
        var rows = batches.pending(batch.id(), CHUNK);
        var now = Instant.now(clock);
        var outcomes = new ArrayList<Batches.Outcome>();
        int matched = 0;
        for (var row : rows) {
            var traveller = new Traveller(row.name(), row.dateOfBirth(), row.nationality(), null, row.document(), null,
                    batch.checkpoint(), null);
            var candidates = screener.candidates(traveller, batch.threshold());
            var found = new Hits.Found(null, batch.id(), row.number(), batch.agency().value(), batch.checkpoint(),
                    row.name() != null ? row.name() : java.util.Objects.requireNonNull(row.document()),
                    row.dateOfBirth(), row.nationality(), row.document());
            candidates.forEach(c -> hits.insert(HitId.random(), c, found, now));
            matched += candidates.isEmpty() ? 0 : 1;
            outcomes.add(new Batches.Outcome(row.number(), candidates.size(),
                    candidates.isEmpty() ? null : Math.round(candidates.getFirst().score() * 1000) / 1000.0,
                    candidates.isEmpty() ? null : candidates.getFirst().alert().id()));
        }
        batches.screened(batch.id(), outcomes);
        batches.progress(batch.id(), rows.size(), matched, now);
        return true;
    }
}
