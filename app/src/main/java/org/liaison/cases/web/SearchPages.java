package org.liaison.cases.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.Cases;
import org.liaison.cases.SearchHit;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Search across the officer's cases, persons (names across scripts) and seizures: the page, its htmx rows, the API. */
@Controller
class SearchPages {

    private final Cases cases;

    SearchPages(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases/search")
    String search(@RequestParam(required = false) @Nullable String q,
                  @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("hits", cases.search(q));
            } catch (InvalidInput e) {
                model.addAttribute("refusal", e.code().orElse("cases.search.length"));
            }
        }
        return htmx == null ? "cases/search" : "cases/search :: hits";
    }

    @GetMapping("/api/v1/cases/search")
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Your cases, persons (names across scripts) and seizures matching the words")
    List<SearchHit> api(@RequestParam String q) {
        return cases.search(q);
    }
}
