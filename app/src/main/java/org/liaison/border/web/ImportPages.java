package org.liaison.border.web;

import java.io.IOException;
import java.util.Locale;

import org.liaison.border.BorderCrossings;
import org.liaison.border.InvalidCrossing;
import org.liaison.shared.DomainException;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a checkpoint system's CSV export, answered with what landed and every broken row by line. */
@Controller
class ImportPages {

    private final BorderCrossings crossings;

    private final MessageSource messages;

    ImportPages(BorderCrossings crossings, MessageSource messages) {
        this.messages = messages;
        this.crossings = crossings;
    }

    @GetMapping("/border/imports")
    String form() {
        return "border/import";
    }

    @PostMapping("/border/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  Locale locale) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidCrossing("import.size", "choose a CSV export to import");
            }
            model.addAttribute("report", crossings.importCsv(file.getOriginalFilename() == null ? "export.csv"
                    : file.getOriginalFilename(), file.getBytes()));
        } catch (DomainException e) {
            model.addAttribute("importError", Refusals.say(messages, e, locale));
        }
        return "border/import";
    }
}
