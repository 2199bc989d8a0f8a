package org.liaison.web;

import java.util.List;

import org.liaison.committees.Committees;
import org.liaison.identity.Reach;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: a dashboard of what waits for the officer's agency. Each card is also served
 * alone ({@code /home/cards/…}) so the page refreshes it in place.
 */
@Controller
class HomeController {

    private final Committees committees;
    private final Dashboard dashboard;

    HomeController(Committees committees, Dashboard dashboard) {
        this.committees = committees;
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overdue", Reach.current().agency().map(committees::overdueFor).orElse(List.of()));
        model.addAttribute("today", committees.today());
        dashboard.inbox(model);
        dashboard.screening(model);
        dashboard.partners(model);
        dashboard.volumes(model);
        return "web/home";
    }

    @GetMapping("/home/cards/inbox")
    String inbox(Model model) {
        dashboard.inbox(model);
        return "web/cards :: inbox";
    }

    @GetMapping("/home/cards/screening")
    String screeningCard(Model model) {
        dashboard.screening(model);
        return "web/cards :: screening";
    }

    @GetMapping("/home/cards/partners")
    String partners(Model model) {
        dashboard.partners(model);
        return "web/cards :: partners";
    }

    @GetMapping("/home/cards/volumes")
    String volumes(Model model) {
        dashboard.volumes(model);
        return "web/cards :: volumes";
    }
}
