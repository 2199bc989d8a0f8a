package org.liaison.prisoners.web;

import org.liaison.agreements.AgreementId;
import org.liaison.identity.Reach;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.Prisoners;
import org.liaison.prisoners.StepDecision;
import org.liaison.prisoners.StepRef;
import org.liaison.prisoners.TransferId;
import org.liaison.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A transfer case's page, the button that opens one, and the waiting step's decision form. */
@Controller
class TransferPages {

    private final Prisoners prisoners;

    TransferPages(Prisoners prisoners) {
        this.prisoners = prisoners;
    }

    @PostMapping("/prisoners/{id}/transfers")
    String open(@PathVariable String id, @RequestParam String agreement, RedirectAttributes redirect) {
        var prisonerId = PrisonerId.parse(id);
        try {
            var transfer = prisoners.openTransfer(prisonerId, AgreementId.of(agreement));
            redirect.addFlashAttribute("flash", "prisoners.flash.transferOpened");
            return "redirect:/prisoners/transfers/" + transfer.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
            return "redirect:/prisoners/" + prisonerId;
        }
    }

    @GetMapping("/prisoners/transfers/{id}")
    String transfer(@PathVariable String id, Model model) {
        var transferCase = prisoners.transfer(TransferId.parse(id));
        model.addAttribute("case", transferCase);
        model.addAttribute("transfer", transferCase.transfer());
        model.addAttribute("prisoner", transferCase.prisoner());
        model.addAttribute("decides", transferCase.transfer().current()
                .filter(step -> prisoners.mayDecide(Reach.current(), transferCase.transfer(), step)).isPresent());
        model.addAttribute("decisions", StepDecision.values());
        model.addAttribute("today", prisoners.today());
        var transfer = transferCase.transfer();
        var sending = prisoners.actsForSendingSide(transfer.id());
        model.addAttribute("sendingSide", sending);
        model.addAttribute("byHand", sending && prisoners.recordsForPartner(transfer.id()));
        model.addAttribute("checkpoints", sending && transfer.status() == org.liaison.prisoners.TransferStatus.APPROVED
                ? prisoners.checkpointsFor(transfer) : java.util.List.of());
        return "prisoners/transfer";
    }

    @PostMapping("/prisoners/transfers/{id}/steps/{position}")
    String decide(@PathVariable String id, @PathVariable int position, @RequestParam StepDecision decision,
                  @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        var transferId = TransferId.parse(id);
        try {
            prisoners.decide(new StepRef(transferId, position), decision, note);
            redirect.addFlashAttribute("flash", "prisoners.flash.decided");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/prisoners/transfers/" + transferId;
    }
}
