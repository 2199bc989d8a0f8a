package org.liaison.committees.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.liaison.node.ThisNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Today's date where the node is: a commitment due on the 31st is overdue from midnight on the 1st in
 * Phnom Penh, Vientiane or Hanoi, not at midnight UTC (seven hours later).
 */
@Component
public class NodeCalendar {

    private final Clock clock;
    private final ZoneId zone;

    @Autowired
    NodeCalendar(Clock clock, ThisNode node) {
        this(clock, node.zone());
    }

    NodeCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }
}
