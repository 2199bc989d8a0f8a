package org.liaison.web;

import org.liaison.committees.Committees;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: what this node is, where to go, and what of the officer's agency is overdue. */
@Controller
class HomeController {

    private final Committees committees;

    HomeController(Committees committees) {
        this.committees = committees;
    }

    @GetMapping("/")
    String home(Model model) {
        var agency = Actor.current().map(Actor::agencyId).filter(id -> id.matches(AgencyId.PATTERN));
        model.addAttribute("overdue", agency.map(id -> committees.overdueFor(AgencyId.of(id))).orElse(java.util.List.of()));
        model.addAttribute("today", committees.today());
        return "web/home";
    }
}
