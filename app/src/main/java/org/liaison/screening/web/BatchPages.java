package org.liaison.screening.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.BatchId;
import org.liaison.screening.HitFilter;
import org.liaison.screening.Screening;
import org.liaison.screening.ScreeningBatch;
import org.liaison.screening.batches.BatchUploads;
import org.liaison.screening.input.CodedInvalidInput;
import org.liaison.shared.Conflict;
import org.liaison.shared.DomainException;
import org.liaison.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screening a list: upload a CSV, watch the progress bar, download the results, decide the hits. */
@Controller
class BatchPages {

    private final Screening screening;
    private final MessageSource messages;

    BatchPages(Screening screening, MessageSource messages) {
        this.screening = screening;
        this.messages = messages;
    }

    @GetMapping("/screening/batches")
    String list(Model model) {
        model.addAttribute("batches", screening.batches());
        model.addAttribute("threshold", screening.defaultThreshold());
        return "screening/batches";
    }

    @PostMapping("/screening/batches")
    String upload(@RequestParam(value = "file", required = false) @Nullable MultipartFile file,
                  @RequestParam(required = false) @Nullable String checkpoint,
                  @RequestParam(required = false) @Nullable Double threshold, Locale locale,
                  RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new CodedInvalidInput("list.missing", "choose a CSV file to screen");
            }
            if (file.getSize() > BatchUploads.MAX_BYTES) {
                throw new CodedInvalidInput("list.size", "a list to screen holds 1 byte to 10 MB");
            }
            var batch = screening.upload(java.util.Objects.requireNonNullElse(file.getOriginalFilename(), "list.csv"),
                    file.getBytes(), checkpoint, threshold);
            redirect.addFlashAttribute("flash", "screening.flash.uploaded");
            return "redirect:/screening/batches/" + batch.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("uploadError", Refusals.say(messages, e, locale));
            return "redirect:/screening/batches";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/screening/batches/{id}")
    String batch(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
                 Model model) {
        var batch = screening.batch(BatchId.parse(id));
        model.addAttribute("batch", batch);
        if (htmx != null) {
            return "screening/batch :: progress";
        }
        model.addAttribute("hits", screening.hits(new HitFilter(null, null, batch.id(), 0)));
        return "screening/batch";
    }

    @GetMapping("/screening/batches/{id}/results.csv")
    ResponseEntity<byte[]> results(@PathVariable String id) {
        var batch = screening.batch(BatchId.parse(id));
        if (batch.status() != ScreeningBatch.Status.DONE) {
            throw new Conflict("the list is still being screened; its results come when every row is done");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("screened-" + batch.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(screening.batchResults(batch.id()));
    }
}
