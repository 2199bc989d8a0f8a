package org.liaison.directory.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyType;
import org.liaison.directory.Directory;
import org.liaison.directory.PinnedKeys;
import org.liaison.directory.internal.Scripts;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory's read-only pages; lists answer htmx requests with their rows only. */
@Controller
@RequestMapping("/directory")
class DirectoryPages {

    private static final int MAX_QUERY = 100;

    private final Directory directory;
    private final List<PinnedKeys> pinnedKeys;

    /** Pinned keys come from whichever module pins them (the exchange); a directory alone shows none. */
    DirectoryPages(Directory directory, List<PinnedKeys> pinnedKeys) {
        this.directory = directory;
        this.pinnedKeys = pinnedKeys;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("countries", directory.countries().size());
        model.addAttribute("agencies", directory.agencies().size());
        model.addAttribute("checkpoints", directory.checkpoints(null, null).size());
        model.addAttribute("contactPoints", directory.contactPoints(null).size());
        model.addAttribute("nodes", directory.nodes().size());
        return "directory/overview";
    }

    @GetMapping("/countries")
    String countries(Model model) {
        model.addAttribute("countries", directory.countries());
        return "directory/countries";
    }

    @GetMapping("/agencies")
    String agencies(@RequestParam(required = false) @Nullable String country,
                    @RequestParam(required = false) @Nullable AgencyType type,
                    @RequestParam(required = false) @Nullable String q,
                    @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var code = countryCode(country);
        var text = Scripts.optional(q);
        var capped = text == null || text.length() <= MAX_QUERY ? text : text.substring(0, MAX_QUERY);
        model.addAttribute("agencies", directory.findAgencies(code, type, capped));
        model.addAttribute("countries", directory.countries());
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("country", code);
        model.addAttribute("type", type);
        model.addAttribute("q", capped);
        return htmx == null ? "directory/agencies" : "directory/agencies :: rows";
    }

    @GetMapping("/agencies/{*id}")
    String agency(@PathVariable String id, Model model) {
        var agencyId = AgencyId.of(id.substring(1));
        var agency = directory.agency(agencyId).orElseThrow(() -> new NotFound("agency", agencyId));
        model.addAttribute("agency", agency);
        model.addAttribute("parent", agencyId.parent().flatMap(directory::agency).orElse(null));
        model.addAttribute("children", directory.childrenOf(agencyId));
        model.addAttribute("contactPoints", directory.contactPoints(agencyId));
        return "directory/agency";
    }

    @GetMapping("/checkpoints")
    String checkpoints(@RequestParam(required = false) @Nullable String country,
                       @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var code = countryCode(country);
        model.addAttribute("checkpoints", directory.checkpoints(code, null));
        model.addAttribute("countries", directory.countries());
        model.addAttribute("country", code);
        return htmx == null ? "directory/checkpoints" : "directory/checkpoints :: rows";
    }

    @GetMapping("/contact-points")
    String contactPoints(Model model) {
        model.addAttribute("contactPoints", directory.contactPoints(null));
        return "directory/contact-points";
    }

    @GetMapping("/nodes")
    String nodes(Model model) {
        var nodes = directory.nodes();
        model.addAttribute("nodes", nodes);
        model.addAttribute("keys", nodes.stream().collect(java.util.stream.Collectors.toMap(n -> n.id().value(),
                n -> pinnedKeys.stream().flatMap(p -> p.of(n.id()).stream()).toList())));
        return "directory/nodes";
    }

    /** A filter value is only used when it is a well-formed country code; anything else means "all". */
    private static @Nullable String countryCode(@Nullable String country) {
        return country != null && country.matches("[A-Z]{2}") ? country : null;
    }
}
