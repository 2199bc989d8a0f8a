package org.liaison.committees.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.liaison.node.ThisNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Today's date where the node is: a commitment due on the 31st is overdue from midnight on the 1st in
 * Phnom Penh, Vientiane or Hanoi, not at midnight UTC (seven hours later).
 */
@Component
public class NodeCalendar {

    private static final Map<String, ZoneId> ZONES = Map.of(
            "KH", ZoneId.of("Asia/Phnom_Penh"),
            "LA", ZoneId.of("Asia/Vientiane"),
            "VN", ZoneId.of("Asia/Ho_Chi_Minh"),
            "TH", ZoneId.of("Asia/Bangkok"));

    private final Clock clock;
    private final ZoneId zone;

    @Autowired
    NodeCalendar(Clock clock, ThisNode node) {
        this(clock, zoneOf(node.country()));
    }

    NodeCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public static ZoneId zoneOf(String country) {
        return ZONES.getOrDefault(country, ZoneId.of("UTC"));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }
}
