package org.liaison.prisoners.web;

import org.liaison.prisoners.PlanId;
import org.liaison.prisoners.Prisoners;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Repatriation plans and, for each, where every prisoner stands against the deadline. */
@Controller
@RequestMapping("/prisoners/plans")
class PlanPages {

    private final Prisoners prisoners;

    PlanPages(Prisoners prisoners) {
        this.prisoners = prisoners;
    }

    @GetMapping
    String plans(Model model) {
        model.addAttribute("plans", prisoners.plans());
        return "prisoners/plans";
    }

    @GetMapping("/{id}")
    String plan(@PathVariable String id, Model model) {
        var progress = prisoners.plan(PlanId.parse(id));
        model.addAttribute("progress", progress);
        model.addAttribute("plan", progress.plan());
        model.addAttribute("today", prisoners.today());
        return "prisoners/plan";
    }
}
