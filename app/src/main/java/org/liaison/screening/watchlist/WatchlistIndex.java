package org.liaison.screening.watchlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;
import org.liaison.node.ThisNode;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertId;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.alerts.Alerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The alerts in force, held in memory: persons in the cross-script {@link NameIndex}, document numbers and
 * vehicle plates in a map. Each instance reads the alerts changed since the last change sequence it saw, at
 * start-up, right after this instance commits a change ({@link #refresh()}) and every two seconds, so an alert
 * issued or received on any instance is screened against everywhere within seconds.
 */
@Component
public class WatchlistIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(WatchlistIndex.class);
    private static final int PAGE = 1000;

    private final Alerts alerts;
    private final Clock clock;
    private final ThisNode node;
    private final NameIndex names = new NameIndex();
    private final Map<String, AlertId> numbers = new ConcurrentHashMap<>();
    private final Map<AlertId, Alert> loaded = new ConcurrentHashMap<>();
    private volatile long sequence;

    WatchlistIndex(Alerts alerts, Clock clock, ThisNode node) {
        this.alerts = alerts;
        this.clock = clock;
        this.node = node;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
        log.info("Watchlist index of node {}: {} alerts, {} names", node.id(), loaded.size(), names.size());
    }

    @Scheduled(fixedDelayString = "${liaison.screening.index-poll:PT2S}", initialDelayString = "PT2S")
    synchronized void refresh() {
        var today = LocalDate.now(clock);
        List<Alerts.Changed> page;
        do {
            page = alerts.changedAfter(sequence, PAGE);
            for (var changed : page) {
                apply(changed.alert(), today);
                sequence = changed.sequence();
            }
        } while (page.size() == PAGE);
    }

    private void apply(Alert alert, LocalDate today) {
        forget(alert.id());
        if (!alert.inForce(today)) {
            return;
        }
        loaded.put(alert.id(), alert);
        if (alert.subject() == AlertSubject.PERSON) {
            names.add(new Person(alert.id().toString(), alert.names(), alert.dateOfBirth(), alert.nationality(),
                    alert.gender() == null ? null : alert.gender().forMatching(), alert.documents()));
        }
        numbersOf(alert).forEach(n -> numbers.put(n, alert.id()));
    }

    private void forget(AlertId id) {
        var previous = loaded.remove(id);
        if (previous != null) {
            names.remove(id.toString());
            numbersOf(previous).forEach(n -> numbers.remove(n, id));
        }
    }

    /** Name matches at or above the threshold, best first, with alerts that lapsed since loading left out. */
    List<Found> byName(org.liaison.matching.Query query, int limit, double threshold) {
        var today = LocalDate.now(clock);
        return names.search(query, limit, threshold).stream()
                .flatMap(hit -> alert(AlertId.parse(hit.id())).filter(a -> a.inForce(today))
                        .map(a -> new Found(a, hit)).stream())
                .toList();
    }

    /** The alert on a document number or plate, compared in the MRZ's alphabet (letters and digits). */
    Optional<Alert> byNumber(@Nullable String number) {
        var key = normalise(number);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(numbers.get(key)).flatMap(this::alert)
                .filter(a -> a.inForce(LocalDate.now(clock)));
    }

    Optional<Alert> alert(AlertId id) {
        return Optional.ofNullable(loaded.get(id));
    }

    public int size() {
        return loaded.size();
    }

    private static List<String> numbersOf(Alert alert) {
        var all = new java.util.ArrayList<String>(alert.documents());
        if (alert.identifier() != null) {
            all.add(alert.identifier());
        }
        return all.stream().map(WatchlistIndex::normalise).filter(s -> s.length() >= 4).toList();
    }

    static String normalise(@Nullable String number) {
        return number == null ? "" : number.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** An alert and the name match that found it. */
    record Found(Alert alert, org.liaison.matching.Hit hit) {
    }
}
