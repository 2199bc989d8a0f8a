package org.liaison.web;

import org.liaison.exchange.Exchange;
import org.liaison.screening.Screening;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The navigation's counts, polled by the shell (every 30 s) and swapped out of band into the menu items, so an
 * officer sees new messages and matches without reloading. Both counts are within the officer's reach.
 */
@Controller
class Badges {

    private final Exchange exchange;
    private final Screening screening;

    Badges(Exchange exchange, Screening screening) {
        this.exchange = exchange;
        this.screening = screening;
    }

    @GetMapping("/shell/badges")
    String badges(Model model) {
        model.addAttribute("unread", exchange.unread());
        model.addAttribute("awaitingDecision", screening.awaitingDecision());
        model.addAttribute("newHits", screening.newHitsOnOwnAlerts());
        return "web/badges :: badges";
    }
}
