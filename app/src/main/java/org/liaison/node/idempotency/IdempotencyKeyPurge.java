package org.liaison.node.idempotency;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys after {@code liaison.api.idempotency-key-lifetime} (24 hours unless set): a client
 * retries within minutes, and a key kept for ever would make a reused key refuse a new request for ever.
 */
@Component
class IdempotencyKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyKeys keys;
    private final Duration lifetime;

    IdempotencyKeyPurge(IdempotencyKeys keys, @Value("${liaison.api.idempotency-key-lifetime:PT24H}") Duration lifetime) {
        this.keys = keys;
        this.lifetime = lifetime;
    }

    @Scheduled(fixedDelayString = "${liaison.api.idempotency-key-purge-interval:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "api-idempotency-key-purge", lockAtMostFor = "PT10M")
    public void onSchedule() { // public so that ShedLock's proxy surely intercepts it; the class stays internal
        purge();
    }

    int purge() {
        int purged = keys.purgeOlderThan(lifetime);
        if (purged > 0) {
            log.info("forgot {} idempotency keys older than {}", purged, lifetime);
        }
        return purged;
    }
}
