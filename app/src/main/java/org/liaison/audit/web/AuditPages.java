package org.liaison.audit.web;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditLog;
import org.liaison.audit.Outcome;
import org.liaison.audit.Verification;
import org.liaison.shared.Permissions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** The administrators' audit log viewer and verification page. */
@Controller
@PreAuthorize(Permissions.ADMIN)
class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final int CHECKPOINTS_SHOWN = 20;

    private final AuditLog log;

    AuditPages(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String list(@Validated @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model,
                HttpServletRequest request,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        if (filter.rangeIsReversed()) {
            errors.rejectValue("to", "audit.filter.range-reversed");
        }
        model.addAttribute("actionGroups", ActionGroups.BY_MODULE);
        model.addAttribute("outcomes", Outcome.values());
        if (errors.hasErrors()) {
            model.addAttribute("rows", List.of());
        } else {
            var page = log.search(filter.toQuery(zone()), filter.pageOrFirst(), PAGE_SIZE);
            model.addAttribute("rows", page.entries().stream().map(AuditRow::of).toList());
            model.addAttribute("previousUrl", page.hasPrevious() ? pageUrl(request, page.page() - 1) : null);
            model.addAttribute("nextUrl", page.hasNext() ? pageUrl(request, page.page() + 1) : null);
        }
        return htmx == null ? "audit/list" : "audit/list :: rows";
    }

    @GetMapping("/audit/verify")
    String verification(Model model) {
        return verificationPage(model, null);
    }

    /** Shows the result at once: verifying changes nothing but the log of verifications, so a repeat is harmless. */
    @PostMapping("/audit/verify")
    String verify(Model model,
                  @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        var result = log.verify();
        verificationPage(model, result);
        return htmx == null ? "audit/verify" : "audit/verify :: result";
    }

    @PostMapping("/audit/checkpoints")
    String checkpoint(RedirectAttributes redirect) {
        log.checkpointNow();
        redirect.addFlashAttribute("flash", "audit.checkpoint.signed");
        return "redirect:/audit/verify";
    }

    private String verificationPage(Model model, @Nullable Verification result) {
        model.addAttribute("result", result);
        if (result != null && result.firstProblem() != null) {
            log.entry(result.firstProblem().seq())
                    .ifPresent(e -> model.addAttribute("badEntry", AuditRow.of(e)));
        }
        model.addAttribute("checkpoints", log.recentCheckpoints(CHECKPOINTS_SHOWN).stream()
                .map(CheckpointRow::of).toList());
        return "audit/verify";
    }

    private static String pageUrl(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath("/audit").query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }

    private static ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
