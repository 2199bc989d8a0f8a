package org.liaison.screening.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.NoticeType;
import org.liaison.screening.Screening;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Screenings, hits, confirmations and the false-positive rate over a period (the last 30 days by default). */
@Controller
class StatisticsPage {

    private final Screening screening;

    StatisticsPage(Screening screening) {
        this.screening = screening;
    }

    @GetMapping("/screening/statistics")
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                      Model model) {
        // Days as the officer lives them: their zone, else the node's (never the server clock's UTC).
        var zone = LocaleContextHolder.getTimeZone().toZoneId();
        var end = to == null ? LocalDate.now(zone) : to;
        var start = from == null ? end.minusDays(29) : from;
        model.addAttribute("stats", screening.statistics(start, end, zone));
        model.addAttribute("notices", NoticeType.values());
        return "screening/statistics";
    }
}
