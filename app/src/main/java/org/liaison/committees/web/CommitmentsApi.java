package org.liaison.committees.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.Party;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentDraft;
import org.liaison.committees.CommitmentFilter;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.Committees;
import org.liaison.committees.ProgressDraft;
import org.liaison.committees.ProgressUpdate;
import org.liaison.committees.Review;
import org.liaison.directory.AgencyId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Commitments and action items, their progress and evidence, for machines; errors are problem+json. */
@RestController
@Validated
@RequestMapping("/api/v1/commitments")
@Tag(name = "Commitments", description = "Commitments and action items, progress, evidence and agreement reviews")
class CommitmentsApi {

    private final Committees committees;

    CommitmentsApi(Committees committees) {
        this.committees = committees;
    }

    /** A status change with the reason for it. */
    record StatusChange(@NotNull CommitmentStatus status, @Size(max = 4000) @Nullable String note) {
    }

    @GetMapping
    @Operation(summary = "Commitments, optionally by owner (agencies below it too), status, or overdue only")
    List<Commitment> list(@RequestParam(required = false) @Nullable @Pattern(regexp = Party.PATTERN) String owner,
                          @RequestParam(required = false) @Nullable CommitmentStatus status,
                          @RequestParam(required = false, defaultValue = "false") boolean overdue) {
        return committees.commitments(new CommitmentFilter(owner, status, overdue, null, null));
    }

    @GetMapping("/overdue")
    @Operation(summary = "Overdue items owned by an agency (or one above it), as the dashboard shows them")
    List<Commitment> overdue(@RequestParam @Pattern(regexp = AgencyId.PATTERN) String agency) {
        return committees.overdueFor(AgencyId.of(agency));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One commitment")
    Commitment commitment(@PathVariable String id) {
        return committees.commitment(CommitmentId.parse(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a commitment an agreement contains (secretaries of a party, administrators)")
    Commitment create(@RequestBody @Valid CommitmentDraft draft) {
        return committees.createCommitment(draft);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move a commitment on or drop it; illegal moves answer 409")
    Commitment changeStatus(@PathVariable String id, @RequestBody @Valid StatusChange change) {
        return committees.changeStatus(CommitmentId.parse(id), change.status(), change.note() == null ? "" : change.note());
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "A commitment's progress updates, oldest first")
    List<ProgressUpdate> progress(@PathVariable String id) {
        return committees.progress(CommitmentId.parse(id));
    }

    @PostMapping(path = "/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post progress without evidence (owners' officers, managers)")
    ProgressUpdate post(@PathVariable String id, @RequestBody @Valid ProgressDraft draft) {
        return committees.postProgress(CommitmentId.parse(id), draft, null);
    }

    @PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post progress with an evidence file: PDF, PNG, JPEG or plain text, at most 10 MB")
    ProgressUpdate postWithEvidence(@PathVariable String id, @RequestParam @Size(max = 4000) String note,
                                    @RequestParam(required = false) @Nullable CommitmentStatus status,
                                    @RequestPart("file") MultipartFile file) {
        return committees.postProgress(CommitmentId.parse(id), new ProgressDraft(note, status),
                CommitmentPages.upload(file));
    }

    @GetMapping("/{id}/progress/{update}/evidence")
    @Operation(summary = "Download the evidence of a progress update; X-Content-SHA256 carries its hash")
    ResponseEntity<byte[]> evidence(@PathVariable String id, @PathVariable UUID update) {
        var evidence = committees.evidence(CommitmentId.parse(id), update);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", evidence.sha256()).body(evidence.content());
    }

    @GetMapping("/reviews/agreements/{agreementId}/{year}")
    @Operation(summary = "Annual implementation review of an agreement's commitments due in the year")
    Review agreementReview(@PathVariable String agreementId, @PathVariable int year) {
        return committees.agreementReview(AgreementId.of(agreementId), year);
    }
}
