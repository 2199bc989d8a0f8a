package org.liaison.cases.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.CaseType;
import org.liaison.cases.Cases;
import org.liaison.shared.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Cases per type and month of a year, counted over what the officer may see, as a table. */
@Controller
class CaseStatisticsPage {

    private final Cases cases;

    CaseStatisticsPage(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases/statistics")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        var thisYear = cases.today().getYear();
        var statistics = cases.statistics(year == null ? thisYear : year(year, thisYear));
        model.addAttribute("statistics", statistics);
        model.addAttribute("types", Arrays.stream(CaseType.values()).filter(statistics.byType()::containsKey).toList());
        model.addAttribute("months", months());
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 6, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        return "cases/statistics";
    }

    /** Month names in the page's language, January first. */
    private static List<String> months() {
        var locale = LocaleContextHolder.getLocale();
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList();
    }

    /** A year of the node's records: from 2000 to this one. */
    static int year(int year, int thisYear) {
        if (year < 2000 || year > thisYear) {
            throw new InvalidInput("a year from 2000 to " + thisYear);
        }
        return year;
    }
}
