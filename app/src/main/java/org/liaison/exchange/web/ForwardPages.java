package org.liaison.exchange.web;

import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.Sent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forwarding a received message from its page (ADR 0013): as the officer picks the recipient and purpose, the page
 * asks the exchange whether it could go and greys out the button with the reason; sending asks again.
 */
@Controller
@RequestMapping("/messages/{id}/forward")
class ForwardPages {

    private final Exchange exchange;

    ForwardPages(Exchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/check")
    String check(@PathVariable String id, @RequestParam String recipient, @RequestParam Purpose purpose, Model model) {
        model.addAttribute("clearance", exchange.checkForward(MessageId.parse(id), AgencyId.of(recipient), purpose));
        return "exchange/fragments :: clearance";
    }

    @PostMapping
    String forward(@PathVariable String id, @RequestParam String recipient, @RequestParam Purpose purpose,
                   RedirectAttributes redirect) {
        return switch (exchange.forward(MessageId.parse(id), AgencyId.of(recipient), purpose)) {
            case Sent sent -> {
                redirect.addFlashAttribute("flash", "exchange.flash.forwarded");
                yield "redirect:/messages/" + sent.id();
            }
            case Denied denied -> {
                redirect.addFlashAttribute("forwardRefusal", denied);
                yield "redirect:/messages/" + id;
            }
        };
    }
}
