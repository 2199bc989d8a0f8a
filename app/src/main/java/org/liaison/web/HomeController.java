package org.liaison.web;

import java.util.List;

import org.liaison.committees.Committees;
import org.liaison.identity.Reach;
import org.liaison.screening.Screening;
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
        model.addAttribute("overdue", Reach.current().agency().map(committees::overdueFor).orElse(List.of()));
        model.addAttribute("today", committees.today());
        model.addAttribute("screens", screening.mayScreen());
        model.addAttribute("awaitingDecision", screening.awaitingDecision());
        return "web/home";
    }
}
