package org.liaison.cases.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.liaison.cases.AssistanceAnswer;
import org.liaison.cases.AssistanceDesk;
import org.liaison.cases.AssistanceDraft;
import org.liaison.cases.AssistanceRequest;
import org.liaison.cases.AssistanceResult;
import org.liaison.cases.Cases;
import org.liaison.exchange.SendCheck;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mutual legal assistance between prosecutors' offices, for machines; errors and refusals are problem+json. */
@RestController
@Validated
@Tag(name = "Legal assistance", description = "Requests for mutual legal assistance between prosecutors' offices")
class AssistanceApi {

    private final Cases cases;

    AssistanceApi(Cases cases) {
        this.cases = cases;
    }

    /** The investigating officers a prosecutor names on a request. */
    record Investigators(List<String> investigators) {
    }

    @GetMapping("/api/v1/assistance")
    @Operation(summary = "The requests you may follow: your office's as a prosecutor, those naming you as an investigator")
    List<AssistanceRequest> list() {
        return cases.assistanceRequests();
    }

    @GetMapping("/api/v1/assistance/desks")
    @Operation(summary = "Pending, overdue and answered requests per partner office")
    List<AssistanceDesk> desks() {
        return cases.assistanceDesks();
    }

    @GetMapping("/api/v1/assistance/{id}")
    @Operation(summary = "One request")
    AssistanceRequest show(@PathVariable UUID id) {
        return cases.assistanceRequest(id);
    }

    @PostMapping("/api/v1/assistance/check")
    @Operation(summary = "What sending the request would answer now (its legal basis checked first); sends nothing")
    SendCheck check(@RequestBody @Valid AssistanceDraft draft) {
        return cases.checkAssistance(draft);
    }

    @PostMapping("/api/v1/assistance")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a request to a partner's prosecutors' office; a refusal answers 403 with its codes")
    AssistanceRequest request(@RequestBody @Valid AssistanceDraft draft) {
        return kept(cases.requestAssistance(draft));
    }

    @PostMapping("/api/v1/assistance/{id}/answer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Answer a request received for your office; answering twice answers 409")
    AssistanceRequest answer(@PathVariable UUID id, @RequestBody @Valid AssistanceAnswer answer) {
        return kept(cases.answerAssistance(id, answer));
    }

    @PostMapping("/api/v1/assistance/{id}/investigators")
    @Operation(summary = "Name the investigating officers (user names) who may follow the request")
    AssistanceRequest investigators(@PathVariable UUID id, @RequestBody Investigators named) {
        return cases.nameInvestigators(id, named.investigators() == null ? List.of() : named.investigators());
    }

    private static AssistanceRequest kept(AssistanceResult result) {
        if (!result.sent()) {
            throw result.denied().asForbidden();
        }
        return java.util.Objects.requireNonNull(result.request());
    }
}
