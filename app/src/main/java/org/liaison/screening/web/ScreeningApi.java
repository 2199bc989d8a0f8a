package org.liaison.screening.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.AlertFilter;
import org.liaison.screening.AlertHit;
import org.liaison.screening.AlertId;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.BatchId;
import org.liaison.screening.Comparison;
import org.liaison.screening.NamePair;
import org.liaison.screening.HitFilter;
import org.liaison.screening.HitId;
import org.liaison.screening.HitStatus;
import org.liaison.screening.NoticeType;
import org.liaison.screening.Screening;
import org.liaison.screening.ScreeningBatch;
import org.liaison.screening.ScreeningResult;
import org.liaison.screening.ScreeningStatistics;
import org.liaison.screening.Traveller;
import org.liaison.screening.batches.BatchUploads;
import org.liaison.screening.input.Reasons;
import org.liaison.shared.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Screening for machines (document readers, manifests), alerts and hit decisions; errors are problem+json. */
@RestController
@Validated
@RequestMapping("/api/v1")
@Tag(name = "Screening", description = "Screen travellers against the watchlist alerts, manage alerts, decide hits")
class ScreeningApi {

    private final Screening screening;

    ScreeningApi(Screening screening) {
        this.screening = screening;
    }

    /** Why a hit was confirmed (what was found) or discarded (why it is someone else). */
    record Decision(@NotNull @Size(min = 1, max = Reasons.MAX) String note) {
    }

    @PostMapping("/screenings")
    @Operation(summary = "Screen one traveller (name in any script, date of birth, nationality, document, plate or MRZ)")
    ScreeningResult screen(@RequestBody @Valid Traveller traveller, @RequestParam(required = false) @Nullable Double threshold) {
        return screening.screen(traveller, threshold);
    }

    @PostMapping("/screenings/batch")
    @Operation(summary = "Screen up to 1,000 travellers at once; results in the same order")
    List<ScreeningResult> screenAll(@RequestBody @Size(min = 1, max = Screening.MAX_AT_ONCE) List<@Valid Traveller> travellers,
                                    @RequestParam(required = false) @Nullable Double threshold) {
        return screening.screenAll(travellers, threshold);
    }

    @PostMapping(path = "/screening-batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a CSV list (name, date_of_birth, nationality, document) to screen in the background")
    ResponseEntity<ScreeningBatch> upload(@RequestPart("file") MultipartFile file,
                                          @RequestParam(required = false) @Nullable String checkpoint,
                                          @RequestParam(required = false) @Nullable Double threshold) {
        if (file.isEmpty() || file.getSize() > BatchUploads.MAX_BYTES) {
            throw new InvalidInput("a list to screen holds 1 byte to 10 MB");
        }
        try {
            var batch = screening.upload(java.util.Objects.requireNonNullElse(file.getOriginalFilename(), "list.csv"),
                    file.getBytes(), checkpoint, threshold);
            return ResponseEntity.accepted().location(URI.create("/api/v1/screening-batches/" + batch.id())).body(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/screening-batches/{id}")
    @Operation(summary = "Progress of an uploaded list")
    ScreeningBatch batch(@PathVariable String id) {
        return screening.batch(BatchId.parse(id));
    }

    @GetMapping(path = "/screening-batches/{id}/results", produces = "text/csv")
    @Operation(summary = "The list's rows with their best match, as CSV")
    byte[] results(@PathVariable String id) {
        return screening.batchResults(BatchId.parse(id));
    }

    @GetMapping("/alerts")
    @Operation(summary = "Alerts held by this node: own (own=true) and partners' (own=false)")
    List<Alert> alerts(@RequestParam(required = false) @Nullable Boolean own,
                       @RequestParam(required = false) @Nullable AlertStatus status,
                       @RequestParam(required = false) @Nullable NoticeType notice,
                       @RequestParam(required = false) @Nullable @Size(max = 100) String text) {
        return screening.alerts(new AlertFilter(own, status, notice, text));
    }

    @GetMapping("/alerts/{id}")
    @Operation(summary = "One alert")
    Alert alert(@PathVariable String id) {
        return screening.alert(AlertId.parse(id));
    }

    @PostMapping("/alerts")
    @Operation(summary = "Issue an alert of the officer's agency and share it with the partners named")
    ResponseEntity<Alert> issue(@RequestBody @Valid AlertDraft draft) {
        var alert = screening.issue(draft, null);
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + alert.id())).body(alert);
    }

    @PostMapping("/alerts/{id}/withdrawal")
    @Operation(summary = "Withdraw an alert this node issued; the partners it went to are told")
    Alert withdraw(@PathVariable String id, @RequestBody @Valid Decision reason) {
        return screening.withdraw(AlertId.parse(id), reason.note());
    }

    @GetMapping("/hits")
    @Operation(summary = "Hits of the officer's agency, newest first, 50 a page")
    List<AlertHit> hits(@RequestParam(required = false) @Nullable HitStatus status,
                        @RequestParam(defaultValue = "0") int page) {
        var found = screening.hits(new HitFilter(status, null, null, page));
        return found.size() > HitFilter.PAGE_SIZE ? found.subList(0, HitFilter.PAGE_SIZE) : found;
    }

    @PostMapping("/hits/{id}/confirmation")
    @Operation(summary = "Confirm a hit; a partner's alert's issuing agency is notified through the exchange")
    AlertHit confirm(@PathVariable String id, @RequestBody @Valid Decision decision) {
        return screening.confirm(HitId.parse(id), decision.note());
    }

    @PostMapping("/hits/{id}/discarding")
    @Operation(summary = "Discard a possible match as someone else, with the reason")
    AlertHit discard(@PathVariable String id, @RequestBody @Valid Decision decision) {
        return screening.discard(HitId.parse(id), decision.note());
    }

    @PostMapping("/screening/compare")
    @Operation(summary = "Compare two names (persons or organisations, any script): the score and why, as for a hit")
    Comparison compare(@RequestBody @Valid NamePair pair) {
        return screening.compare(pair);
    }

    @GetMapping("/screening/statistics")
    @Operation(summary = "Screenings, hits, confirmations and false-positive rate over a period")
    ScreeningStatistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return screening.statistics(from, to, LocaleContextHolder.getTimeZone().toZoneId());
    }
}
