package org.liaison.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.liaison.agreements.DataCategory;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.Volume;
import org.liaison.screening.Screening;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What each dashboard card shows, asked of the owning module's facade, which counts only what the officer's
 * reach covers. A card a role has no use for gets no data (and the page leaves it out).
 */
@Component
class Dashboard {

    private final Exchange exchange;
    private final Screening screening;

    Dashboard(Exchange exchange, Screening screening) {
        this.exchange = exchange;
        this.screening = screening;
    }

    void inbox(Model model) {
        model.addAttribute("inbox", exchange.inbox());
    }

    void screening(Model model) {
        var screens = screening.mayScreen();
        model.addAttribute("screens", screens);
        model.addAttribute("awaitingDecision", screens ? screening.awaitingDecision() : 0L);
        model.addAttribute("newHits", screens ? screening.newHitsOnOwnAlerts() : 0L);
    }

    void partners(Model model) {
        model.addAttribute("partners", exchange.partnerActivity());
    }

    void volumes(Model model) {
        model.addAttribute("volumes", Volumes.of(exchange.volumesThisMonth()));
    }

    /** A partner-by-category table: the rows, the categories that occur (columns), and each cell's count. */
    record Volumes(List<String> partners, List<DataCategory> categories, Map<String, Map<DataCategory, Long>> counts) {

        static Volumes of(List<Volume> volumes) {
            var counts = new LinkedHashMap<String, Map<DataCategory, Long>>();
            var categories = new TreeSet<DataCategory>();
            for (var v : volumes) {
                counts.computeIfAbsent(v.partner(), p -> new LinkedHashMap<>()).merge(v.category(), v.messages(), Long::sum);
                categories.add(v.category());
            }
            return new Volumes(List.copyOf(counts.keySet()), new ArrayList<>(categories), counts);
        }

        long count(String partner, DataCategory category) {
            return counts.getOrDefault(partner, Map.of()).getOrDefault(category, 0L);
        }

        boolean isEmpty() {
            return partners.isEmpty();
        }
    }
}
