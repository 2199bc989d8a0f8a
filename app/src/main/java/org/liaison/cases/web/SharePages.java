package org.liaison.cases.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Purpose;
import org.liaison.cases.CaseId;
import org.liaison.cases.Cases;
import org.liaison.cases.ShareDraft;
import org.liaison.cases.SharePart;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Sent;
import org.liaison.shared.FormTargets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sharing a case with a partner agency: the officer picks the recipient, the purpose and the parts, and the page
 * shows the exchange's answer (allowed under which clause and handling code, or refused and why) before the send
 * button is live. Partner cases received, and passing one on, which the exchange refuses for TLP:RED.
 */
@Controller
class SharePages {

    private final Cases cases;
    private final Directory directory;

    SharePages(Cases cases, Directory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    @GetMapping("/cases/{id}/share")
    String share(@PathVariable String id, @RequestParam(required = false) @Nullable String recipient,
                 @RequestParam(required = false) @Nullable Purpose purpose,
                 @RequestParam(required = false) @Nullable Set<SharePart> parts,
                 @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var caseId = CaseId.parse(id);
        var draft = recipient == null && purpose == null && parts == null ? ShareDraft.empty()
                : new ShareDraft(recipient, purpose, parts);
        model.addAttribute("shareDraft", draft);
        if (draft.recipient() != null && draft.recipient().matches(AgencyId.PATTERN) && purpose != null) {
            model.addAttribute("clearance", cases.checkShare(caseId, draft));
        }
        return htmx == null ? form(caseId, model) : "cases/share :: clearance";
    }

    @PostMapping("/cases/{id}/share")
    String send(@PathVariable String id, @Valid ShareDraft shareDraft, BindingResult result, Model model,
                RedirectAttributes redirect) {
        var caseId = CaseId.parse(id);
        if (result.hasErrors()) {
            FormTargets.ensure(model, "shareDraft", ShareDraft.empty(), result);
            return form(caseId, model);
        }
        var answer = cases.share(caseId, shareDraft);
        if (answer instanceof Sent) {
            redirect.addFlashAttribute("flash", "cases.flash.shared");
            return "redirect:/cases/" + id;
        }
        model.addAttribute("clearance", (Denied) answer);
        return form(caseId, model);
    }

    private String form(CaseId id, Model model) {
        model.addAttribute("c", cases.file(id).crimeCase());
        model.addAttribute("agencies", directory.agencies().stream()
                .filter(a -> !a.id().country().equals(cases.file(id).crimeCase().leadAgency().country())).toList());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("allParts", SharePart.values());
        return "cases/share";
    }

    @GetMapping("/partner-cases")
    String partnerCases(Model model) {
        model.addAttribute("partnerCases", cases.partnerCases());
        return "cases/partner-cases";
    }

    @GetMapping("/partner-cases/{id}")
    String partnerCase(@PathVariable UUID id, @RequestParam(required = false) @Nullable String recipient,
                       @RequestParam(required = false) @Nullable Purpose purpose,
                       @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("partnerCase", cases.partnerCase(id));
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("recipient", recipient);
        model.addAttribute("purpose", purpose);
        model.addAttribute("mayRecord", cases.mayRecord());
        if (recipient != null && recipient.matches(AgencyId.PATTERN) && purpose != null) {
            model.addAttribute("clearance", cases.checkForward(id, AgencyId.of(recipient), purpose));
        }
        return htmx == null ? "cases/partner-case" : "cases/share :: clearance";
    }

    @PostMapping("/partner-cases/{id}/forward")
    String forward(@PathVariable UUID id, @RequestParam String recipient, @RequestParam Purpose purpose, Model model,
                   RedirectAttributes redirect) {
        var answer = cases.forward(id, AgencyId.of(recipient), purpose);
        if (answer instanceof Sent) {
            redirect.addFlashAttribute("flash", "cases.flash.forwarded");
            return "redirect:/partner-cases/" + id;
        }
        model.addAttribute("clearance", (Denied) answer);
        return partnerCase(id, recipient, purpose, null, model);
    }
}
