package org.liaison.prisoners.web;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.liaison.prisoners.Handover;
import org.liaison.prisoners.HandoverDraft;
import org.liaison.prisoners.Prisoners;
import org.liaison.prisoners.TransferId;
import org.liaison.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sending side's forms on a transfer case: the prisoner withdrew consent; the hand-over proposed at a checkpoint
 * with its escorts, then said done; and, for a partner without a node, the partner's side recorded by hand.
 */
@Controller
@RequestMapping("/prisoners/transfers/{id}")
class HandoverPages {

    private final Prisoners prisoners;

    HandoverPages(Prisoners prisoners) {
        this.prisoners = prisoners;
    }

    @PostMapping("/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        var transfer = TransferId.parse(id);
        return done(transfer, redirect, () -> prisoners.withdrawConsent(transfer, reason));
    }

    @PostMapping("/handover")
    String schedule(@PathVariable String id, @RequestParam(required = false) @Nullable Long checkpoint,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime at,
                    @RequestParam(defaultValue = "") String escorts, RedirectAttributes redirect) {
        var transfer = TransferId.parse(id);
        return done(transfer, redirect, () -> prisoners.scheduleHandover(transfer, new HandoverDraft(checkpoint,
                at == null ? null : prisoners.instantOf(at), escorts)));
    }

    @PostMapping("/handed-over")
    String handedOver(@PathVariable String id, @RequestParam(defaultValue = "") String record, RedirectAttributes redirect) {
        var transfer = TransferId.parse(id);
        return done(transfer, redirect, () -> prisoners.handedOver(transfer, record));
    }

    @PostMapping("/partner-handover")
    String partner(@PathVariable String id, @RequestParam Handover.State state, @RequestParam(defaultValue = "") String record,
                   RedirectAttributes redirect) {
        var transfer = TransferId.parse(id);
        return done(transfer, redirect, () -> prisoners.recordPartnerHandover(transfer, state, record));
    }

    private static String done(TransferId transfer, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", "prisoners.flash.decided");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/prisoners/transfers/" + transfer;
    }
}
