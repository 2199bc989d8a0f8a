package org.liaison.committees.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Party;
import org.liaison.committees.CommitmentFilter;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.Committees;
import org.liaison.committees.EvidenceUpload;
import org.liaison.committees.ProgressDraft;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** The commitments list (overdue and owner filters, htmx rows), a commitment's page, progress and evidence. */
@Controller
class CommitmentPages {

    private final Committees committees;

    private final MessageSource messages;

    CommitmentPages(Committees committees, MessageSource messages) {
        this.messages = messages;
        this.committees = committees;
    }

    @GetMapping("/commitments")
    String list(@RequestParam(required = false) @Nullable String owner,
                @RequestParam(required = false) @Nullable CommitmentStatus status,
                @RequestParam(required = false, defaultValue = "false") boolean overdue,
                @RequestParam(required = false, defaultValue = "false") boolean mine,
                @RequestParam(required = false) @Nullable String agreement,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var ownerFilter = mine ? Reach.current().agency().map(AgencyId::value).orElse(null)
                : owner != null && owner.strip().matches(Party.PATTERN) ? owner.strip() : null;
        var agreementFilter = agreement != null && agreement.matches(org.liaison.agreements.AgreementId.PATTERN)
                ? org.liaison.agreements.AgreementId.of(agreement) : null;
        model.addAttribute("commitments", committees.commitments(
                new CommitmentFilter(ownerFilter, status, overdue, null, agreementFilter)));
        model.addAttribute("agreement", agreementFilter);
        model.addAttribute("statuses", CommitmentStatus.values());
        model.addAttribute("owner", ownerFilter);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", committees.today());
        model.addAttribute("mayRecord", committees.mayRecord());
        return htmx == null ? "committees/commitments" : "committees/commitments :: rows";
    }

    @GetMapping("/commitments/{id}")
    String commitment(@PathVariable String id, Model model) {
        var commitmentId = CommitmentId.parse(id);
        var commitment = committees.commitment(commitmentId);
        model.addAttribute("commitment", commitment);
        model.addAttribute("progress", committees.progress(commitmentId));
        model.addAttribute("decision", commitment.decision() == null ? null : committees.decision(commitment.decision()));
        model.addAttribute("mayManage", committees.mayManage(commitmentId));
        model.addAttribute("mayReport", committees.mayReport(commitmentId));
        model.addAttribute("today", committees.today());
        if (!model.containsAttribute("progressDraft")) {
            model.addAttribute("progressDraft", new ProgressDraft(null, null));
        }
        return "committees/commitment";
    }

    @PostMapping("/commitments/{id}/progress")
    String post(@PathVariable String id, @Valid ProgressDraft progressDraft, BindingResult result,
                @RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                committees.postProgress(CommitmentId.parse(id), progressDraft, upload(file));
                redirect.addFlashAttribute("flash", "committees.flash.progressPosted");
                return "redirect:/commitments/" + id;
            } catch (InvalidInput | org.liaison.shared.Conflict e) {
                Refusals.reject(result, e, "committees.form.rejected");
            }
        }
        FormTargets.ensure(model, "progressDraft", new ProgressDraft(null, null), result);
        return commitment(id, model);
    }

    @PostMapping("/commitments/{id}/status")
    String status(@PathVariable String id, @RequestParam CommitmentStatus status,
                  @RequestParam(required = false, defaultValue = "") String note, RedirectAttributes redirect,
                  Locale locale) {
        try {
            committees.changeStatus(CommitmentId.parse(id), status, note.length() > 4000 ? note.substring(0, 4000) : note);
            redirect.addFlashAttribute("flash", "committees.flash.statusChanged");
        } catch (DomainException e) {
            redirect.addFlashAttribute("statusError", Refusals.say(messages, e, locale));
        }
        return "redirect:/commitments/" + id;
    }

    @GetMapping("/commitments/{id}/evidence/{update}")
    ResponseEntity<byte[]> evidence(@PathVariable String id, @PathVariable UUID update) {
        var evidence = committees.evidence(CommitmentId.parse(id), update);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", evidence.sha256())
                .body(evidence.content());
    }

    static @Nullable EvidenceUpload upload(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            var name = file.getOriginalFilename();
            return new EvidenceUpload(name == null ? "evidence" : name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded evidence", e);
        }
    }
}
