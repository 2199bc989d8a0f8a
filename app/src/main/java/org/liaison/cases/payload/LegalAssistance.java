package org.liaison.cases.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.payload.Payload;

/**
 * A request for mutual legal assistance or its answer (category LEGAL_ASSISTANCE_REQUEST, version 2). A request
 * ({@code step} "request") carries the kind of assistance, the legal basis (agreement and article), the case number
 * and the deadline; the answer ({@code step} "answer") the outcome. {@code reference} is the requesting office's id
 * of the request, so both sides name it alike. Version 1 was free correspondence (subject, body, reference).
 */
public record LegalAssistance(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @NotBlank @Size(max = Payload.TEXT) String reference,
        @NotBlank @Pattern(regexp = "request|answer") String step,
        @Nullable @Size(max = Payload.TEXT) String assistance,
        @Nullable @Size(max = Payload.TEXT) String agreement,
        @Nullable @Size(max = Payload.TEXT) String article,
        @Nullable @Size(max = Payload.TEXT) String caseNumber,
        @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String deadline,
        @Nullable @Size(max = Payload.TEXT) String outcome) implements Payload {

    public static final String REQUEST = "request";
    public static final String ANSWER = "answer";

    public boolean answering() {
        return ANSWER.equals(step);
    }
}
