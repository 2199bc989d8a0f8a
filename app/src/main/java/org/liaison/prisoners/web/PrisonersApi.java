package org.liaison.prisoners.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.prisoners.PartnerAnswer;
import org.liaison.prisoners.PartnerTransfer;
import org.liaison.prisoners.Eligibility;
import org.liaison.prisoners.PlanDraft;
import org.liaison.prisoners.PlanId;
import org.liaison.prisoners.PlanProgress;
import org.liaison.prisoners.Prisoner;
import org.liaison.prisoners.PrisonerDraft;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.Prisoners;
import org.liaison.prisoners.RepatriationPlan;
import org.liaison.prisoners.StepDecision;
import org.liaison.prisoners.StepRef;
import org.liaison.prisoners.Transfer;
import org.liaison.prisoners.TransferCase;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.TransferRules;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The foreign-prisoner registry, transfer rules, cases and plans for machines; errors are problem+json. */
@RestController
@Validated
@RequestMapping("/api/v1/prisoners")
@Tag(name = "Prisoners", description = "Foreign prisoners, eligibility for transfer, approval chains and repatriation plans")
class PrisonersApi {

    private final Prisoners prisoners;

    PrisonersApi(Prisoners prisoners) {
        this.prisoners = prisoners;
    }

    @GetMapping
    @Operation(summary = "Prisoners held where the officer's reach holds, by nationality and text (no health data)")
    List<Prisoner> list(@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z]{2}") String nationality,
                        @RequestParam(required = false) @Nullable @Size(max = 100) String q) {
        return prisoners.prisoners(nationality, q == null || q.isBlank() ? null : q.strip());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One prisoner's record (audited); health and special needs only for the prison's officers")
    Prisoner prisoner(@PathVariable String id) {
        return prisoners.prisoner(PrisonerId.parse(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a foreign prisoner (prison officers of the holding administration)")
    Prisoner register(@RequestBody @Valid PrisonerDraft draft) {
        return prisoners.register(draft);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a prisoner's record at the version read (?version=); a stale version is 409")
    Prisoner update(@PathVariable String id, @RequestParam int version, @RequestBody @Valid PrisonerDraft draft) {
        return prisoners.update(PrisonerId.parse(id), version, draft);
    }

    @GetMapping("/{id}/eligibility")
    @Operation(summary = "Eligibility today under every agreement that sends prisoners to the prisoner's state")
    List<Eligibility> eligibility(@PathVariable String id) {
        return prisoners.eligibility(PrisonerId.parse(id));
    }

    @PostMapping("/{id}/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a transfer case under an agreement (?agreement=); 409 if not eligible")
    Transfer open(@PathVariable String id, @RequestParam @Pattern(regexp = AgreementId.PATTERN) String agreement) {
        return prisoners.openTransfer(PrisonerId.parse(id), AgreementId.of(agreement));
    }

    @GetMapping("/transfers/{id}")
    @Operation(summary = "A transfer case with its chain (audited as a view of the prisoner's record)")
    TransferCase transfer(@PathVariable String id) {
        return prisoners.transfer(TransferId.parse(id));
    }

    /** A step's answer: the decision and, for a refusal or a request for documents, the reasons. */
    record StepAnswer(StepDecision decision, @Nullable @Size(max = 4000) String note) {
    }

    @PostMapping("/transfers/{id}/steps/{position}")
    @Operation(summary = "Answer the waiting step: approve, refuse with reasons, ask for documents, documents supplied")
    Transfer decide(@PathVariable String id, @PathVariable int position, @RequestBody @Valid StepAnswer answer) {
        return prisoners.decide(new StepRef(TransferId.parse(id), position), answer.decision(), answer.note() == null ? "" : answer.note());
    }

    /** Why the prisoner withdrew consent. */
    record Withdrawal(@jakarta.validation.constraints.NotBlank @Size(max = 4000) String reason) {
    }

    @PostMapping("/transfers/{id}/withdrawal")
    @Operation(summary = "The prisoner withdrew consent: the case closes here and at the partner's node")
    Transfer withdraw(@PathVariable String id, @RequestBody @Valid Withdrawal withdrawal) {
        return prisoners.withdrawConsent(TransferId.parse(id), withdrawal.reason());
    }

    @PostMapping(value = "/transfers/{id}/steps/{position}/paper", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a partner's answer given on paper (a partner without a node), with the scan of the signed paper")
    Transfer answeredOnPaper(@PathVariable String id, @PathVariable int position,
                             @RequestParam StepDecision decision, @RequestParam(required = false) @Nullable @Size(max = 4000) String note,
                             @RequestParam(required = false) org.liaison.prisoners.Adaptation.@Nullable Kind adaptation,
                             @RequestParam(required = false) @Nullable Integer daysToServe,
                             @RequestParam org.springframework.web.multipart.MultipartFile scan) throws java.io.IOException {
        return prisoners.recordAnswerOnPaper(new StepRef(TransferId.parse(id), position), decision, note == null ? "" : note,
                adaptation, daysToServe, String.valueOf(scan.getOriginalFilename()), scan.getBytes());
    }

    @GetMapping(value = "/plans/{id}/papers", produces = "application/json")
    @Operation(summary = "The plan's transfer papers (PDF) in a bundle signed with the node's key, to verify offline (audited)")
    org.springframework.http.ResponseEntity<String> papers(@PathVariable String id) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"transfer-papers-" + id + ".json\"")
                .body(prisoners.papers(PlanId.parse(id)));
    }

    @GetMapping("/partner-transfers")
    @Operation(summary = "Transfers other nodes asked the officer's agencies to decide (receiving state)")
    List<PartnerTransfer> partnerTransfers() {
        return prisoners.partnerTransfers();
    }

    @GetMapping("/partner-transfers/{id}")
    @Operation(summary = "A transfer another node asked the officer's agency to decide (audited)")
    PartnerTransfer partnerTransfer(@PathVariable String id) {
        return prisoners.partnerTransfer(TransferId.parse(id));
    }

    @PostMapping("/partner-transfers/{id}/answer")
    @Operation(summary = "Accept with the sentence adaptation, refuse with reasons, or ask for documents; it goes back to the sending node")
    PartnerTransfer answer(@PathVariable String id, @RequestBody @Valid PartnerAnswer answer) {
        return prisoners.answer(TransferId.parse(id), answer);
    }

    @GetMapping("/rules")
    @Operation(summary = "Every agreement's transfer rules and approval chain per receiving state")
    List<TransferRules> rules() {
        return prisoners.transferRules();
    }

    @PutMapping("/rules")
    @Operation(summary = "Set an agreement's transfer rules and chain for a receiving state (administrators, secretaries)")
    TransferRules setRules(@RequestBody @Valid TransferRules rules) {
        return prisoners.setTransferRules(rules);
    }

    @GetMapping("/plans")
    @Operation(summary = "Repatriation plans of the officer's administrations")
    List<RepatriationPlan> plans() {
        return prisoners.plans();
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a batch of repatriations with a deadline")
    RepatriationPlan createPlan(@RequestBody @Valid PlanDraft draft) {
        return prisoners.createPlan(draft);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "A plan with every prisoner's standing against the deadline, worst first")
    PlanProgress plan(@PathVariable String id) {
        return prisoners.plan(PlanId.parse(id));
    }
}
