package org.liaison.prisoners.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.liaison.node.ThisNode;
import org.springframework.stereotype.Component;

/** Today in the node's time zone: the day remaining terms and eligibility are counted on. */
@Component
public class PrisonCalendar {

    private final Clock clock;
    private final ThisNode node;

    PrisonCalendar(Clock clock, ThisNode node) {
        this.clock = clock;
        this.node = node;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(node.zone()));
    }

    /** A local date and time in the node's zone. */
    public Instant instantOf(java.time.LocalDateTime local) {
        return local.atZone(node.zone()).toInstant();
    }

    public Instant now() {
        return clock.instant();
    }
}
