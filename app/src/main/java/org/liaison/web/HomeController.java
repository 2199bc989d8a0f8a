package org.liaison.web;

import org.liaison.committees.Committees;
import org.liaison.screening.Screening;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: what this node is, where to go, and what of the officer's agency is overdue. */
@Controller
class HomeController {

    private final Committees committees;
    private final Screening screening;

    HomeController(Committees committees, Screening screening) {
        this.committees = committees;
        this.screening = screening;
    }

    @GetMapping("/")
    String home(Model model) {
        var agency = Actor.current().map(Actor::agencyId).filter(id -> id.matches(AgencyId.PATTERN));
        model.addAttribute("overdue", agency.map(id -> committees.overdueFor(AgencyId.of(id))).orElse(java.util.List.of()));
        model.addAttribute("today", committees.today());
        model.addAttribute("awaitingDecision", screening.awaitingDecision());
        return "web/home";
    }
}
