package org.liaison.agreements.web;

import java.time.Year;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.liaison.directory.Directory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry's read pages: the list (rows only for htmx), one agreement, and its texts for download. */
@Controller
@RequestMapping("/agreements")
class AgreementPages {

    private final AgreementRegistry registry;
    private final Directory directory;

    AgreementPages(AgreementRegistry registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable AgreementStatus status,
                @RequestParam(required = false) @Nullable CooperationArea area,
                @RequestParam(required = false) @Nullable String party,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 100));
        var partyFilter = party != null && party.matches(Party.PATTERN) ? Party.of(party) : null;
        model.addAttribute("agreements", registry.find(new AgreementFilter(text, status, partyFilter, area)));
        model.addAttribute("q", text);
        model.addAttribute("status", status);
        model.addAttribute("area", area);
        model.addAttribute("party", partyFilter == null ? null : partyFilter.value());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("areas", CooperationArea.values());
        model.addAttribute("countries", directory.countries());
        model.addAttribute("mayRegister", registry.canRegister());
        return htmx == null ? "agreements/list" : "agreements/list :: rows";
    }

    @GetMapping("/{id}")
    String agreement(@PathVariable AgreementId id, Model model) {
        var agreement = registry.agreement(id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("manage", registry.canManage(agreement));
        model.addAttribute("assumed", registry.assumed(id).stream().map(Enum::name).toList());
        model.addAttribute("nextStatuses", agreement.status().next());
        model.addAttribute("reviewYear", Year.now().getValue());
        AgreementOptions.addTo(model, directory);
        model.addAttribute("clauseParties", AgreementOptions.clausePartiesOf(agreement, directory));
        return "agreements/detail";
    }

    @GetMapping("/{id}/texts/{document}")
    ResponseEntity<byte[]> text(@PathVariable AgreementId id, @PathVariable UUID document) {
        var text = registry.text(id, document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(text.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(text.document().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + text.document().sha256())
                .body(text.content());
    }
}
