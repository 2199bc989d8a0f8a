package org.liaison.web.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the header's search box, grouped by module; shorter queries than three characters ask nothing. */
@Controller
class SearchPage {

    private final GlobalSearch search;

    SearchPage(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) @Nullable String q, Model model) {
        var text = q == null ? "" : q.strip();
        text = text.substring(0, Math.min(text.length(), GlobalSearch.MAX_LENGTH));
        var searched = text.length() >= GlobalSearch.MIN_LENGTH;
        model.addAttribute("q", text);
        model.addAttribute("searched", searched);
        model.addAttribute("tooShort", !text.isEmpty() && !searched);
        model.addAttribute("groups", searched ? search.search(text) : List.of());
        return "web/search";
    }
}
