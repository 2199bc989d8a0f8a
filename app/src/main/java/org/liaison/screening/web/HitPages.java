package org.liaison.screening.web;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.HitFilter;
import org.liaison.screening.HitId;
import org.liaison.screening.HitStatus;
import org.liaison.screening.Screening;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The hits awaiting a decision (and those decided), and one hit with the alert beside the traveller. */
@Controller
class HitPages {

    private final Screening screening;
    private final Clock clock;

    HitPages(Screening screening, Clock clock) {
        this.screening = screening;
        this.clock = clock;
    }

    @GetMapping("/screening/hits")
    String list(@RequestParam(required = false) @Nullable HitStatus status, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var found = screening.hits(new HitFilter(status, null, null, page));
        model.addAttribute("hits", found.size() > HitFilter.PAGE_SIZE ? found.subList(0, HitFilter.PAGE_SIZE) : found);
        model.addAttribute("more", found.size() > HitFilter.PAGE_SIZE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", HitStatus.values());
        return htmx == null ? "screening/hits" : "screening/hits :: rows";
    }

    @GetMapping("/screening/hits/{id}")
    String hit(@PathVariable String id, Model model) {
        var hit = screening.hit(HitId.parse(id));
        model.addAttribute("hit", hit);
        model.addAttribute("alert", screening.alert(hit.alert()));
        model.addAttribute("retention", screening.retentionOf(hit).orElse(null));
        model.addAttribute("printedAt", Instant.now(clock));
        return "screening/hit";
    }
}
