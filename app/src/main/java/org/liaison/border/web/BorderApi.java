package org.liaison.border.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.liaison.border.BorderCrossings;
import org.liaison.border.Crossing;
import org.liaison.border.CrossingCheck;
import org.liaison.border.CrossingDraft;
import org.liaison.border.CrossingId;
import org.liaison.border.imports.ImportReport;
import org.springframework.http.HttpStatus;
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

/** Crossings for machines (checkpoint systems, document readers); errors are problem+json. */
@RestController
@Validated
@RequestMapping("/api/v1/border")
@Tag(name = "Border", description = "Record crossings at the checkpoints, check them first, import exports")
class BorderApi {

    private final BorderCrossings crossings;

    BorderApi(BorderCrossings crossings) {
        this.crossings = crossings;
    }

    @PostMapping("/crossings/check")
    @Operation(summary = "Read the MRZ, apply every rule and screen the holder, without recording the crossing")
    CrossingCheck check(@RequestBody @Valid CrossingDraft draft) {
        return crossings.check(draft);
    }

    @PostMapping("/crossings")
    @Operation(summary = "Record a crossing for the officer's agency")
    ResponseEntity<Crossing> record(@RequestBody @Valid CrossingDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(crossings.record(draft, Crossing.Source.API));
    }

    @GetMapping("/crossings")
    @Operation(summary = "The latest crossings of the agencies the caller covers")
    List<Crossing> recent(@RequestParam(defaultValue = "50") int limit) {
        return crossings.recent(limit);
    }

    @GetMapping("/crossings/{id}")
    Crossing crossing(@PathVariable String id) {
        return crossings.crossing(CrossingId.parse(id));
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @Operation(summary = "Import a checkpoint system's CSV export; broken rows come back with line and reason")
    ImportReport importCsv(@RequestPart("file") MultipartFile file) throws IOException {
        return crossings.importCsv(file.getOriginalFilename() == null ? "export.csv" : file.getOriginalFilename(),
                file.getBytes());
    }
}
