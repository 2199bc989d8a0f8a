package org.liaison.exchange.web;


import org.jspecify.annotations.Nullable;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageSearch;
import org.liaison.exchange.MessageStatus;
import org.liaison.exchange.store.Rejections;
import org.liaison.exchange.trust.KeyExports;
import org.liaison.exchange.trust.TrustAdministration;
import org.liaison.shared.DomainException;
import org.liaison.shared.Permissions;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator's pages: this node's keys, the partners it trusts, dead letters and refused deliveries. */
@Controller
@RequestMapping("/admin/exchange")
@PreAuthorize(Permissions.ADMIN)
class ExchangeAdminPages {

    private final TrustAdministration admin;
    private final KeyExports exports;
    private final Exchange exchange;
    private final Rejections rejections;
    private final MessageRows rows;
    private final MessageSource messages;

    ExchangeAdminPages(TrustAdministration admin, KeyExports exports, Exchange exchange, Rejections rejections, MessageRows rows,
                       MessageSource messages) {
        this.admin = admin;
        this.exports = exports;
        this.exchange = exchange;
        this.rejections = rejections;
        this.rows = rows;
        this.messages = messages;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("keys", admin.signingKeys());
        var partners = admin.partners();
        model.addAttribute("partners", partners);
        model.addAttribute("partnerKeys", partners.stream().flatMap(p -> admin.keysOf(p.nodeId()).stream()).toList());
        model.addAttribute("export", exports.current());
        model.addAttribute("deadLetters", rows.rows(exchange.search(new MessageSearch(true, MessageStatus.DEAD, null, 0, 100))));
        return "exchange/admin";
    }

    @GetMapping("/rejections")
    String rejections(@RequestParam(required = false) @Nullable String q,
                      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(100, q.strip().length()));
        model.addAttribute("entries", rejections.search(text, 200));
        model.addAttribute("q", text);
        return htmx == null ? "exchange/rejections" : "exchange/rejections :: rows";
    }

    @PostMapping("/keys/rotate")
    String rotate(RedirectAttributes redirect) {
        admin.rotate();
        return done(redirect, "exchange.flash.rotated");
    }

    @PostMapping("/keys/revoke")
    String revoke(@RequestParam String kid, @RequestParam String reason, RedirectAttributes redirect) {
        admin.revoke(limit(kid, 80), limit(reason.isBlank() ? "revoked by an administrator" : reason, 300));
        return done(redirect, "exchange.flash.revoked");
    }

    @PostMapping("/partners/import")
    String importExport(@RequestParam String export, @RequestParam(required = false) @Nullable String fingerprint,
                        RedirectAttributes redirect) {
        try {
            admin.importExport(limit(export, 20_000), fingerprint);
            return done(redirect, "exchange.flash.imported");
        } catch (DomainException e) {
            redirect.addFlashAttribute("importError", Refusals.say(messages, e, LocaleContextHolder.getLocale()));
            return "redirect:/admin/exchange";
        }
    }

    @PostMapping("/partners/revoke-key")
    String revokePartnerKey(@RequestParam String node, @RequestParam String kid, RedirectAttributes redirect) {
        admin.revokePartnerKey(limit(node, 19), limit(kid, 80));
        return done(redirect, "exchange.flash.partnerKeyRevoked");
    }

    @PostMapping("/partners/status")
    String status(@RequestParam String node, @RequestParam boolean trusted, RedirectAttributes redirect) {
        admin.setPartnerTrusted(limit(node, 19), trusted);
        return done(redirect, trusted ? "exchange.flash.trusted" : "exchange.flash.suspended");
    }

    @PostMapping("/dead-letters/retry")
    String retry(@RequestParam String id, RedirectAttributes redirect) {
        exchange.retryDeadLetter(MessageId.parse(id));
        return done(redirect, "exchange.flash.requeued");
    }

    private static String done(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flash", key);
        return "redirect:/admin/exchange";
    }

    private static String limit(String value, int max) {
        var stripped = value.strip();
        if (stripped.length() > max) {
            throw new org.liaison.shared.InvalidInput("a value is longer than " + max + " characters");
        }
        return stripped;
    }
}
