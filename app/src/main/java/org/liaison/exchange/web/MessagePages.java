package org.liaison.exchange.web;

import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.MessageSearch;
import org.liaison.exchange.MessageStatus;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.exchange.schema.PayloadTypes;
import org.liaison.exchange.store.MessageContents;
import org.liaison.identity.Reach;
import org.liaison.shared.DomainException;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inbox, outbox, threads and the compose form; the list answers htmx with its rows only. */
@Controller
@RequestMapping("/messages")
class MessagePages {

    private final Exchange exchange;
    private final Recipients recipients;
    private final MessageRows rows;
    private final PayloadTypes payloads;
    private final MessageContents contents;
    private final MessageSource messages;

    MessagePages(Exchange exchange, Recipients recipients, MessageRows rows, PayloadTypes payloads,
                 MessageContents contents, MessageSource messages) {
        this.messages = messages;
        this.exchange = exchange;
        this.recipients = recipients;
        this.rows = rows;
        this.payloads = payloads;
        this.contents = contents;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "all") String box, @RequestParam(required = false) @Nullable MessageStatus status,
                @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 100));
        Boolean outgoing = switch (box) { case "in" -> false; case "out" -> true; default -> null; };
        var found = exchange.search(new MessageSearch(outgoing, status, text, page, 25));
        model.addAttribute("rows", rows.rows(found.stream().limit(25).toList()));
        model.addAttribute("more", found.size() > 25);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("box", outgoing == null ? "all" : box);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MessageStatus.values());
        model.addAttribute("q", text);
        return htmx == null ? "exchange/list" : "exchange/list :: rows";
    }

    @GetMapping("/new")
    String compose(Model model) {
        return form(ComposeForm.empty(), model);
    }

    @PostMapping("/new")
    String send(@Valid @ModelAttribute("composeForm") ComposeForm form, BindingResult result,
                @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
                RedirectAttributes redirect) throws IOException {
        if (form.kind() == MessageKind.REQUEST && form.replyBy() == null) {
            result.rejectValue("replyBy", "exchange.validation.replyBy");
        }
        if (form.kind() == MessageKind.REPLY) {
            result.rejectValue("kind", "exchange.validation.replyFromMessage");
        }
        if (result.hasErrors()) {
            return form(form, model);
        }
        try {
            switch (exchange.send(outgoing(form, attachments(files)))) {
                case Sent sent -> {
                    redirect.addFlashAttribute("flash", "exchange.flash.queued");
                    return "redirect:/messages/" + sent.id();
                }
                case Denied denied -> {
                    // The reason in the officer's language; the policy's own explanation below it (compose.html).
                    result.reject("exchange.refused", new Object[] {
                            new DefaultMessageSourceResolvable("exchange.denied." + denied.why()) }, denied.explanation());
                    model.addAttribute("refusal", denied.policy());
                }
            }
        } catch (DomainException e) {
            Refusals.reject(result, e, "exchange.refused");
        }
        return form(form, model);
    }

    @GetMapping("/{id}")
    String message(@PathVariable String id, Model model) {
        var messageId = MessageId.parse(id);
        exchange.markRead(messageId);
        var message = exchange.message(messageId);
        var purged = message.retention().purged();
        model.addAttribute("row", rows.row(message));
        model.addAttribute("payload", purged ? null : PayloadView.of(contents.fields(message), messages, LocaleContextHolder.getLocale()));
        model.addAttribute("attachments", contents.files(message));
        model.addAttribute("thread", rows.rows(exchange.conversation(message.conversation())));
        model.addAttribute("canReply", !purged && !message.outgoing() && message.kind() != MessageKind.REPLY);
        model.addAttribute("mayHold", !purged && exchange.mayHold(message));
        model.addAttribute("canForward", !purged && !message.outgoing());
        if (!purged && !message.outgoing()) {
            model.addAttribute("recipients", recipients.forOfficer().stream()
                    .filter(a -> !a.id().equals(message.sender())).toList());
            model.addAttribute("purposes", Purpose.values());
        }
        return "exchange/message";
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable String id, @RequestParam String body, RedirectAttributes redirect) {
        var answered = exchange.message(MessageId.parse(id));
        var text = body.strip();
        if (text.isEmpty() || text.length() > 20_000) {
            throw new InvalidInput("exchange.refusal.replyText", "a reply needs a text of up to 20,000 characters");
        }
        var payload = payloads.fromFields(answered.category(),
                java.util.Map.of("subject", "Re: " + cut(answered.subject(), 190), "body", text));
        var reply = new OutgoingMessage(answered.recipient(), answered.sender(), MessageKind.REPLY, answered.category(),
                answered.purpose(), payload, null, answered.id(), List.of());
        return switch (exchange.send(reply)) {
            case Sent sent -> {
                redirect.addFlashAttribute("flash", "exchange.flash.replied");
                yield "redirect:/messages/" + sent.id();
            }
            case Denied denied -> throw denied.asForbidden();
        };
    }

    @GetMapping("/{id}/bundle")
    ResponseEntity<String> bundle(@PathVariable String id) {
        var messageId = MessageId.parse(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"message-" + messageId + ".json\"")
                .body(exchange.exportBundle(messageId));
    }

    @GetMapping("/{id}/attachments/{index}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable int index) {
        var files = contents.files(exchange.message(MessageId.parse(id)));
        if (index < 0 || index >= files.size()) {
            throw new org.liaison.shared.NotFound("attachment", index);
        }
        var file = files.get(index);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private String form(ComposeForm form, Model model) {
        model.addAttribute("composeForm", form);
        model.addAttribute("recipients", recipients.forOfficer());
        model.addAttribute("kinds", List.of(MessageKind.REQUEST, MessageKind.NOTIFICATION, MessageKind.ALERT));
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("purposes", Purpose.values());
        return "exchange/compose";
    }

    private OutgoingMessage outgoing(ComposeForm form, List<Attachment> files) {
        var sender = Reach.current().agency().orElseThrow(() -> new InvalidInput("only an officer of an agency can send"));
        var payload = payloads.fromFields(form.category(), java.util.Map.of("subject", form.subject(), "body", form.body()));
        var replyBy = form.replyBy() == null ? null : form.replyBy().atTime(LocalTime.of(23, 59))
                .atZone(LocaleContextHolder.getTimeZone().toZoneId()).toInstant();
        return new OutgoingMessage(sender, AgencyId.of(String.valueOf(form.recipient())), form.kind(), form.category(),
                form.purpose(), payload, form.kind() == MessageKind.REQUEST ? replyBy : null, null, files);
    }

    private static List<Attachment> attachments(@Nullable List<MultipartFile> files) throws IOException {
        var attachments = new ArrayList<Attachment>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                attachments.add(new Attachment(String.valueOf(file.getOriginalFilename()),
                        file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getBytes()));
            }
        }
        return attachments;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
