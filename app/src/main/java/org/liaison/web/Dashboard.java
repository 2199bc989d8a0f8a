package org.liaison.web;

import org.liaison.exchange.Exchange;
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
        model.addAttribute("volumes", VolumeTable.of(exchange.volumesThisMonth()));
    }
}
