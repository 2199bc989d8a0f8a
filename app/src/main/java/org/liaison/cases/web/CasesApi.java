package org.liaison.cases.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.liaison.cases.CaseDraft;
import org.liaison.cases.CaseFilter;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CaseType;
import org.liaison.cases.Cases;
import org.liaison.cases.EvidenceDraft;
import org.liaison.cases.EvidenceItem;
import org.liaison.cases.HandOverDraft;
import org.liaison.cases.PartnerCase;
import org.liaison.cases.PersonDraft;
import org.liaison.cases.Seizure;
import org.liaison.cases.SeizureDraft;
import org.liaison.cases.ShareDraft;
import org.liaison.cases.Vehicle;
import org.liaison.cases.VehicleDraft;
import org.liaison.exchange.Denied;
import org.liaison.exchange.SendCheck;
import org.liaison.exchange.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cases, what is linked to them, sharing and partner cases, for machines; errors are problem+json. */
@RestController
@Validated
@Tag(name = "Cases", description = "Cross-border crime cases, persons, vehicles, seizures, evidence and sharing")
class CasesApi {

    private final Cases cases;

    CasesApi(Cases cases) {
        this.cases = cases;
    }

    /** A status change with the reason for it. */
    record StatusChange(@NotNull CaseStatus status, @Size(max = 1000) @Nullable String reason) {
    }

    /** How many cases the caller may see match, and the first of them. */
    record CaseList(long total, List<CaseJson> cases) {
    }

    @GetMapping("/api/v1/cases")
    @Operation(summary = "The caller's cases, latest first, by type, status, province or text; total counts only those")
    CaseList list(@RequestParam(required = false) @Nullable CaseType type,
                  @RequestParam(required = false) @Nullable CaseStatus status,
                  @RequestParam(required = false) @Nullable @Size(max = 100) String province,
                  @RequestParam(required = false) @Nullable @Size(max = 100) String q) {
        var filter = new CaseFilter(type, status, CasePages.cap(province), CasePages.cap(q));
        return new CaseList(cases.count(filter), cases.cases(filter).stream().map(CaseJson::of).toList());
    }

    @GetMapping("/api/v1/cases/{id}")
    @Operation(summary = "One case with its persons, vehicles, seizures, evidence and shares")
    CaseJson.File show(@PathVariable String id) {
        return CaseJson.File.of(cases.file(CaseId.parse(id)));
    }

    @GetMapping("/api/v1/cases/{id}/links")
    @Operation(summary = "Your other cases sharing a person (across scripts), a plate or a seizure lot with this one")
    List<org.liaison.cases.CaseLink> links(@PathVariable String id) {
        return cases.links(CaseId.parse(id));
    }

    @GetMapping("/api/v1/cases/statistics")
    @Operation(summary = "Your cases per type and month of a year")
    org.liaison.cases.CaseStatistics statistics(@RequestParam int year) {
        return cases.statistics(CaseStatisticsPage.year(year, cases.today().getYear()));
    }

    @PostMapping("/api/v1/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case for your agency or one below it")
    CaseJson open(@RequestBody @Valid CaseDraft draft) {
        return CaseJson.of(cases.open(draft));
    }

    @PutMapping("/api/v1/cases/{id}")
    @Operation(summary = "Revise a case's details; a closed case answers 409")
    CaseJson revise(@PathVariable String id, @RequestBody @Valid CaseDraft draft) {
        return CaseJson.of(cases.revise(CaseId.parse(id), draft));
    }

    @PostMapping("/api/v1/cases/{id}/status")
    @Operation(summary = "Move a case on (investigating, referred, closed) or reopen it; impossible moves answer 409")
    CaseJson move(@PathVariable String id, @RequestBody @Valid StatusChange change) {
        return CaseJson.of(cases.move(CaseId.parse(id), change.status(), change.reason() == null ? "" : change.reason()));
    }

    @PostMapping("/api/v1/cases/{id}/persons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a suspect, victim or witness; answers the alerts the name possibly matches and the "
            + "persons of your other cases with a matching name, across scripts")
    org.liaison.cases.PersonAdded person(@PathVariable String id, @RequestBody @Valid PersonDraft draft) {
        return cases.addPerson(CaseId.parse(id), draft);
    }

    @PostMapping("/api/v1/cases/{id}/vehicles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a vehicle")
    Vehicle vehicle(@PathVariable String id, @RequestBody @Valid VehicleDraft draft) {
        return cases.addVehicle(CaseId.parse(id), draft);
    }

    @PostMapping("/api/v1/cases/{id}/seizures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a seizure: an item of the controlled list in one of its units")
    Seizure seizure(@PathVariable String id, @RequestBody @Valid SeizureDraft draft) {
        return cases.addSeizure(CaseId.parse(id), draft);
    }

    @PostMapping("/api/v1/cases/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an evidence item with its first holder")
    EvidenceItem evidence(@PathVariable String id, @RequestBody @Valid EvidenceDraft draft) {
        return cases.addEvidence(CaseId.parse(id), draft);
    }

    @PostMapping("/api/v1/cases/{id}/evidence/{evidence}/hand-overs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Append a hand-over to an evidence item's chain of custody")
    EvidenceItem handOver(@PathVariable String id, @PathVariable UUID evidence, @RequestBody @Valid HandOverDraft draft) {
        return cases.handOver(CaseId.parse(id), evidence, draft);
    }

    @PostMapping("/api/v1/cases/{id}/share/check")
    @Operation(summary = "What sharing would answer now (allowed with clause and handling, or denied and why); sends nothing")
    SendCheck checkShare(@PathVariable String id, @RequestBody @Valid ShareDraft draft) {
        return cases.checkShare(CaseId.parse(id), draft);
    }

    @PostMapping("/api/v1/cases/{id}/share")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Share the chosen parts with a partner agency; a refusal answers 403 with its codes")
    Sent share(@PathVariable String id, @RequestBody @Valid ShareDraft draft) {
        return switch (cases.share(CaseId.parse(id), draft)) {
            case Sent sent -> sent;
            case Denied denied -> throw denied.asForbidden();
        };
    }

    @GetMapping("/api/v1/partner-cases")
    @Operation(summary = "Case summaries partners shared with your agency or one below it")
    List<PartnerCase> partnerCases() {
        return cases.partnerCases();
    }

    @GetMapping("/api/v1/partner-cases/{id}")
    @Operation(summary = "One partner case")
    PartnerCase partnerCase(@PathVariable UUID id) {
        return cases.partnerCase(id);
    }
}
