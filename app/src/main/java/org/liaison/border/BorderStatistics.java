package org.liaison.border;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.border.internal.Figures;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The border's statistics for the agencies the caller covers: crossings per checkpoint, direction, purpose,
 * nationality, day, month and hour of the day; passes applied for, issued, refused, revoked and used; and the daily
 * list of holders of this node's passes who are abroad after their pass ended, by checkpoint of exit.
 */
@Service
public class BorderStatistics {

    /** The breakdowns offered, as SQL over border_crossing; {@code local_time} is the crossing in the node's zone. */
    static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("checkpoint", "checkpoint_id");
        DIMENSIONS.put("direction", "direction");
        DIMENSIONS.put("purpose", "purpose");
        DIMENSIONS.put("nationality", "coalesce(nationality, '?')");
        DIMENSIONS.put("day", "local_time::date");
        DIMENSIONS.put("month", "to_char(local_time, 'YYYY-MM')");
        DIMENSIONS.put("hour", "extract(hour from local_time)::int");
    }

    private final Figures figures;
    private final ThisNode node;
    private final Clock clock;

    BorderStatistics(Figures figures, ThisNode node, Clock clock) {
        this.figures = figures;
        this.node = node;
        this.clock = clock;
    }

    /** Every breakdown of the crossings between two days, inclusive (at most 3 years). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Map<String, List<Tally>> crossings(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusYears(3))) {
            throw new InvalidInput("border.invalid.period", "the period ends before it starts or spans more than 3 years");
        }
        var all = new LinkedHashMap<String, List<Tally>>();
        DIMENSIONS.forEach((name, sql) -> all.put(name,
                figures.crossings(Reach.current(), sql, from, to, node.zone(), name.equals("nationality") ? 30 : 1000)));
        return all;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public List<Tally> passes() {
        return figures.passes(Reach.current());
    }

    /** Today's overstayers, by checkpoint of exit. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public List<Overstay> overstays() {
        return figures.overstays(Reach.current(), LocalDate.now(clock.withZone(node.zone())));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(node.zone()));
    }
}
