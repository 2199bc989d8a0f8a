package org.liaison.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.shared.NodeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves in-force agreements past their last day to expired, on one instance at a time, as the node itself
 * (nobody is signed in to a scheduled job). The policy does not wait for it (decisions compare the validity
 * dates themselves); the status is for people.
 */
@Component
public class LapsedAgreements {

    private static final Logger log = LoggerFactory.getLogger(LapsedAgreements.class);
    /** The latest zone of the region, so nothing is expired while it is still its last day anywhere here. */
    private static final ZoneId WESTMOST = ZoneId.of("Asia/Yangon");

    private final AgreementRegistry registry;
    private final Clock clock;

    public LapsedAgreements(AgreementRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${liaison.agreements.expiry-check:PT1H}", initialDelayString = "PT30S")
    @SchedulerLock(name = "agreements-expiry", lockAtMostFor = "PT10M")
    public void onSchedule() { // public so that ShedLock's proxy surely intercepts it; the class stays internal
        int expired = NodeTask.call("agreements-expiry",
                () -> registry.expireLapsed(LocalDate.now(clock.withZone(WESTMOST))));
        if (expired > 0) {
            log.info("{} agreements expired", expired);
        }
    }
}
