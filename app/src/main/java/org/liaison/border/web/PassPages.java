package org.liaison.border.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liaison.border.BorderCrossings;
import org.liaison.border.BorderPasses;
import org.liaison.border.Pass;
import org.liaison.border.PassApplication;
import org.liaison.border.Purpose;
import org.liaison.directory.Checkpoint;
import org.liaison.node.ThisNode;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.QrCodes;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Border passes: the list and the application form, one pass with its decision buttons, and the printable pass
 * with its QR code and labels in the two countries' languages.
 */
@Controller
class PassPages {

    private final BorderPasses passes;
    private final BorderCrossings crossings;
    private final MessageSource messages;
    private final ThisNode node;

    PassPages(BorderPasses passes, BorderCrossings crossings, MessageSource messages, ThisNode node) {
        this.passes = passes;
        this.crossings = crossings;
        this.messages = messages;
        this.node = node;
    }

    @GetMapping("/border/passes")
    String list(Model model) {
        if (!model.containsAttribute("application")) {
            model.addAttribute("application", PassApplication.blank());
        }
        model.addAttribute("passes", passes.recent(50));
        model.addAttribute("checkpoints", crossings.checkpoints());
        model.addAttribute("names", crossings.checkpointNames());
        model.addAttribute("purposes", Purpose.values());
        return "border/passes";
    }

    @PostMapping("/border/passes")
    String apply(@Valid @ModelAttribute("application") PassApplication application, BindingResult result,
                 @RequestParam(value = "photo", required = false) MultipartFile photo, Model model,
                 RedirectAttributes redirect) throws IOException {
        if (!result.hasErrors()) {
            try {
                var pass = passes.apply(application, photo == null || photo.isEmpty() ? null : photo.getBytes());
                redirect.addFlashAttribute("done", "applied");
                return "redirect:/border/passes/" + pass.id();
            } catch (DomainException e) {
                Refusals.reject(result, e, "border.invalid.other");
            }
        }
        FormTargets.ensure(model, "application", PassApplication.blank(), result);
        return list(model);
    }

    @GetMapping("/border/passes/{id}")
    String pass(@PathVariable UUID id, Model model, Locale locale) {
        var pass = passes.pass(id);
        model.addAttribute("pass", pass);
        model.addAttribute("names", crossings.checkpointNames());
        if (pass.token() != null) {
            model.addAttribute("qr", QrCodes.svg(pass.token(), QrCodes.Sturdiness.PAPER, 280, "pass-qr"));
            model.addAttribute("labels", labels(pass, locale));
        }
        return "border/pass";
    }

    @PostMapping("/border/passes/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return decided(id, redirect, "approved", () -> passes.approve(id), locale);
    }

    @PostMapping("/border/passes/{id}/refuse")
    String refuse(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return decided(id, redirect, "refused", () -> passes.refuse(id), locale);
    }

    @PostMapping("/border/passes/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
                  Locale locale) {
        return decided(id, redirect, "revoked", () -> passes.revoke(id, reason), locale);
    }

    @GetMapping("/border/passes/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID id) {
        var photo = passes.photo(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
                .header("Cache-Control", "private, no-store").body(photo.content());
    }

    private String decided(UUID id, RedirectAttributes redirect, String done, Runnable action, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", Refusals.say(messages, e, locale));
        }
        return "redirect:/border/passes/" + id;
    }

    /**
     * The printed pass's labels in the issuing country's language and the facing country's (the other side of its
     * first checkpoint), each with English beside it where the officer reads neither.
     */
    private List<Map<String, String>> labels(Pass pass, Locale officer) {
        var languages = new java.util.LinkedHashSet<String>();
        languages.add(language(node.country()));
        crossings.checkpoints().stream().filter(c -> c.id() == pass.checkpoints().getFirst()).findFirst()
                .map(this::facing).ifPresent(languages::add);
        if (!languages.contains(officer.getLanguage())) {
            languages.add(officer.getLanguage());
        }
        return languages.stream().map(lang -> {
            var locale = Locale.of(lang);
            var map = new LinkedHashMap<String, String>();
            map.put("lang", lang);
            for (var key : List.of("title", "number", "holder", "dateOfBirth", "nationality", "residence", "purposes",
                    "checkpoints", "validity", "scan")) {
                map.put(key, messages.getMessage("border.pass.print." + key, null, locale));
            }
            map.put("purposeNames", String.join(", ", pass.purposes().stream()
                    .map(p -> messages.getMessage("border.purpose." + p, null, locale)).toList()));
            return (Map<String, String>) map;
        }).toList();
    }

    private String facing(Checkpoint c) {
        return language(c.a().country().equals(node.country()) ? c.b().country() : c.a().country());
    }

    private static String language(String country) {
        return switch (country) {
            case "KH" -> "km";
            case "LA" -> "lo";
            case "VN" -> "vi";
            default -> "en";
        };
    }
}
