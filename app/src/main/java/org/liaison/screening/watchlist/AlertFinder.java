package org.liaison.screening.watchlist;

import java.util.LinkedHashMap;
import java.util.List;

import org.liaison.screening.Alert;
import org.liaison.screening.AlertFilter;
import org.liaison.screening.AlertId;
import org.liaison.screening.Traveller;
import org.liaison.screening.alerts.Alerts;
import org.springframework.stereotype.Component;

/**
 * Finds alerts by what an officer types in a search box: a reference, identifier or part of a name as written,
 * then the names the cross-script index matches, so "Thongkham" also finds the alert written ທອງຄຳ.
 */
@Component
public class AlertFinder {

    /** High enough that a search box lists only names an officer would call the same. */
    private static final double NAME_THRESHOLD = 0.85;

    private final Alerts alerts;
    private final Screener screener;

    AlertFinder(Alerts alerts, Screener screener) {
        this.alerts = alerts;
        this.screener = screener;
    }

    public List<Alert> find(String text, int limit) {
        var found = new LinkedHashMap<AlertId, Alert>();
        alerts.search(new AlertFilter(null, null, null, text), limit).forEach(a -> found.put(a.id(), a));
        if (found.size() < limit) {
            screener.candidates(Traveller.named(text), NAME_THRESHOLD)
                    .forEach(c -> found.putIfAbsent(c.alert().id(), c.alert()));
        }
        return found.values().stream().limit(limit).toList();
    }
}
