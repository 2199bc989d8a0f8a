package org.liaison.screening.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.AlertFilter;
import org.liaison.screening.AlertId;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.Gender;
import org.liaison.screening.HitFilter;
import org.liaison.screening.NoticeType;
import org.liaison.screening.Photo;
import org.liaison.screening.Screening;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Alerts: the list (own and partners'), one alert with its hits and partner reports, issuing and withdrawing. */
@Controller
class AlertPages {

    private final Screening screening;

    private final MessageSource messages;

    AlertPages(Screening screening, MessageSource messages) {
        this.messages = messages;
        this.screening = screening;
    }

    @GetMapping("/screening/alerts")
    String list(@RequestParam(required = false) @Nullable Boolean own, @RequestParam(required = false) @Nullable AlertStatus status,
                @RequestParam(required = false) @Nullable NoticeType notice, @RequestParam(required = false) @Nullable String text,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var filter = new AlertFilter(own, status, notice, text);
        model.addAttribute("alerts", screening.alerts(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("notices", NoticeType.values());
        model.addAttribute("today", screening.today());
        model.addAttribute("mayIssue", screening.mayIssueAlerts());
        return htmx == null ? "screening/alerts" : "screening/alerts :: rows";
    }

    @GetMapping("/screening/alerts/new")
    String form(Model model) {
        if (!model.containsAttribute("alertDraft")) {
            model.addAttribute("alertDraft", AlertDraft.blank());
        }
        model.addAttribute("subjects", AlertSubject.values());
        model.addAttribute("notices", NoticeType.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("partners", screening.alertPartners());
        return "screening/alert-form";
    }

    @PostMapping("/screening/alerts")
    String issue(@Valid AlertDraft alertDraft, BindingResult result,
                 @RequestParam(value = "photo", required = false) @Nullable MultipartFile photo, Model model,
                 RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var alert = screening.issue(alertDraft, photoOf(photo));
                redirect.addFlashAttribute("flash", "screening.flash.issued");
                return "redirect:/screening/alerts/" + alert.id();
            } catch (DomainException e) {
                Refusals.reject(result, e, "screening.form.rejected");
            }
        }
        FormTargets.ensure(model, "alertDraft", AlertDraft.blank(), result);
        return form(model);
    }

    @GetMapping("/screening/alerts/{id}")
    String alert(@PathVariable String id, Model model) {
        var alert = screening.alert(AlertId.parse(id));
        model.addAttribute("alert", alert);
        model.addAttribute("hits", screening.hits(new HitFilter(null, alert.id(), null, 0)));
        var reports = screening.reportedHits(alert.id());
        model.addAttribute("reports", reports);
        model.addAttribute("reportRetentions", screening.retentionOf(reports));
        model.addAttribute("retention", screening.retentionOf(alert).orElse(null));
        model.addAttribute("mayWithdraw", screening.mayWithdraw(alert));
        model.addAttribute("today", screening.today());
        return "screening/alert";
    }

    @GetMapping("/screening/alerts/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        return screening.photo(AlertId.parse(id))
                .map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.mediaType()))
                        .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(p.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/screening/alerts/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
                    Locale locale) {
        try {
            screening.withdraw(AlertId.parse(id), reason);
            redirect.addFlashAttribute("flash", "screening.flash.withdrawn");
        } catch (DomainException e) {
            redirect.addFlashAttribute("withdrawError", Refusals.say(messages, e, locale));
        }
        return "redirect:/screening/alerts/" + id;
    }

    static @Nullable Photo photoOf(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > Photo.MAX_BYTES) {
            throw new org.liaison.shared.InvalidInput("a photo holds at most 2 MiB");
        }
        try {
            return Photo.of(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
