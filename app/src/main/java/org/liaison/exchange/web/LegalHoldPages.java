package org.liaison.exchange.web;

import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageId;
import org.liaison.shared.DomainException;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The legal-hold form of the message page: a prosecutor places or releases a hold, then sees the page again. */
@Controller
@RequestMapping("/messages/{id}/legal-hold")
class LegalHoldPages {

    private final Exchange exchange;
    private final MessageSource messages;

    LegalHoldPages(Exchange exchange, MessageSource messages) {
        this.exchange = exchange;
        this.messages = messages;
    }

    @PostMapping
    String place(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            exchange.placeHold(MessageId.parse(id), reason);
            redirect.addFlashAttribute("flash", "exchange.flash.held");
        } catch (DomainException e) {
            redirect.addFlashAttribute("holdError", Refusals.say(messages, e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/messages/" + MessageId.parse(id);
    }

    @PostMapping("/release")
    String release(@PathVariable String id, RedirectAttributes redirect) {
        try {
            exchange.releaseHold(MessageId.parse(id));
            redirect.addFlashAttribute("flash", "exchange.flash.released");
        } catch (DomainException e) {
            redirect.addFlashAttribute("holdError", Refusals.say(messages, e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/messages/" + MessageId.parse(id);
    }
}
