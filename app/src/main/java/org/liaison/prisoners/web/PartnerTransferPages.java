package org.liaison.prisoners.web;

import org.jspecify.annotations.Nullable;
import org.liaison.prisoners.Adaptation;
import org.liaison.prisoners.Handover;
import org.liaison.prisoners.PartnerAnswer;
import org.liaison.prisoners.Prisoners;
import org.liaison.prisoners.StepDecision;
import org.liaison.prisoners.TransferId;
import org.liaison.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The receiving state's pages: the transfers other nodes asked its prison officers to decide, one with its answer
 * form (accept with the sentence adaptation, refuse, ask for documents), and the hand-over agreed and received.
 */
@Controller
@RequestMapping("/prisoners/partner-transfers")
class PartnerTransferPages {

    private final Prisoners prisoners;

    PartnerTransferPages(Prisoners prisoners) {
        this.prisoners = prisoners;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("transfers", prisoners.partnerTransfers());
        return "prisoners/partner-transfers";
    }

    @GetMapping("/{id}")
    String transfer(@PathVariable String id, Model model) {
        model.addAttribute("transfer", prisoners.partnerTransfer(TransferId.parse(id)));
        model.addAttribute("decisions", java.util.List.of(StepDecision.APPROVE, StepDecision.REFUSE,
                StepDecision.ASK_FOR_DOCUMENTS));
        model.addAttribute("adaptations", Adaptation.Kind.values());
        return "prisoners/partner-transfer";
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable String id, @RequestParam StepDecision decision, @RequestParam(defaultValue = "") String note,
                  @RequestParam(required = false) Adaptation.@Nullable Kind adaptation,
                  @RequestParam(required = false) @Nullable Integer daysToServe, RedirectAttributes redirect) {
        var transfer = TransferId.parse(id);
        return done(transfer, redirect, () -> prisoners.answer(transfer, new PartnerAnswer(decision, note, adaptation,
                daysToServe)));
    }

    @PostMapping("/{id}/handover")
    String handover(@PathVariable String id, @RequestParam Handover.State state, @RequestParam(defaultValue = "") String record,
                    RedirectAttributes redirect) {
        var transfer = TransferId.parse(id);
        return done(transfer, redirect, () -> prisoners.confirmHandover(transfer, state, record));
    }

    private static String done(TransferId transfer, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", "prisoners.flash.decided");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/prisoners/partner-transfers/" + transfer;
    }
}
