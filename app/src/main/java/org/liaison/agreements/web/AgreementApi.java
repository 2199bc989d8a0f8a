package org.liaison.agreements.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Agreement;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.liaison.agreements.PolicyAnswer;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.SharingClause;
import org.liaison.agreements.Signatory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agreement registry and the policy decision point over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreements", description = "Agreements, their sharing clauses and policy decisions")
class AgreementApi {

    private final AgreementRegistry registry;

    AgreementApi(AgreementRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements the officer may see, optionally filtered")
    List<AgreementSummary> find(@RequestParam(required = false) @Nullable @Size(max = 100) String q,
                                @RequestParam(required = false) @Nullable AgreementStatus status,
                                @RequestParam(required = false) @Nullable Party party,
                                @RequestParam(required = false) @Nullable CooperationArea area) {
        return registry.find(new AgreementFilter(q, status, party, area));
    }

    @GetMapping("/agreements/{id}")
    @Operation(summary = "One agreement with its signatories, clauses, texts and links")
    Agreement agreement(@PathVariable AgreementId id) {
        return registry.agreement(id);
    }

    @PostMapping("/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an agreement as a draft")
    Agreement register(@Valid @RequestBody AgreementDraft draft) {
        return registry.register(draft);
    }

    @PutMapping("/agreements/{id}")
    @Operation(summary = "Edit an agreement; version is the one read, to refuse lost updates")
    Agreement update(@PathVariable AgreementId id, @RequestParam int version, @Valid @RequestBody AgreementDraft draft) {
        return registry.update(id, version, draft);
    }

    @PostMapping("/agreements/{id}/status")
    @Operation(summary = "Move an agreement in its lifecycle")
    Agreement changeStatus(@PathVariable AgreementId id, @Valid @RequestBody StatusChange change) {
        return registry.changeStatus(id, change.status(), change.effective(), change.note());
    }

    @PostMapping("/agreements/{id}/signatories")
    @Operation(summary = "Record a signatory or witness")
    Agreement addSignatory(@PathVariable AgreementId id, @Valid @RequestBody Signatory signatory) {
        return registry.addSignatory(id, signatory);
    }

    @PostMapping("/agreements/{id}/clauses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a sharing clause")
    Agreement addClause(@PathVariable AgreementId id, @Valid @RequestBody SharingClause clause) {
        return registry.addClause(id, clause);
    }

    @DeleteMapping("/agreements/{id}/clauses/{article}")
    @Operation(summary = "Remove a sharing clause")
    Agreement removeClause(@PathVariable AgreementId id, @PathVariable String article, @RequestParam String reason) {
        return registry.removeClause(id, article, reason);
    }

    @PostMapping("/policy/decisions")
    @Operation(summary = "Ask the policy decision point whether data your agency sends may flow, and why",
            description = "Answers 403 for a sender outside your agency and those under it. A restricted agreement "
                    + "you may not see is never named: an allow it grants comes back with withheld=true, the "
                    + "handling code and no clause or retention period.")
    PolicyAnswer decide(@Valid @RequestBody PolicyQuery query) {
        return registry.answer(query);
    }

    record StatusChange(@NotNull AgreementStatus status, @Nullable LocalDate effective, @Size(max = 500) @Nullable String note) {
    }
}
