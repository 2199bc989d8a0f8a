package org.liaison.prisoners.wire;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.payload.Payload;

/**
 * One step of a transfer case between the two states' nodes ({@code transfer_step/2}). {@code sequence} counts the
 * messages of one transfer in one direction from 1: the receiver takes only the next one, so a step can be neither
 * skipped nor replayed. A request carries what the partner's agency needs of the prisoner (never health data); a
 * decision carries the answer, and an acceptance the sentence adaptation.
 *
 * @param transfer the transfer case's id, the same on both nodes
 * @param position the step of the approval chain the message is about
 * @param decision for a decision: {@code APPROVE}, {@code REFUSE} or {@code ASK_FOR_DOCUMENTS}
 * @param note the reasons of a refusal, the documents asked for, or why consent was withdrawn
 * @param adaptation for an acceptance: {@code CONTINUED_ENFORCEMENT} or {@code CONVERSION}
 * @param daysToServe for an acceptance: the term the prisoner will serve at home, in days
 * @param daysLeft for a request: the days left of the sentence on {@code countedOn}
 * @param checkpoint for a proposed hand-over: the border checkpoint, by its names on both sides
 * @param handoverAt for a proposed hand-over: when, as an ISO-8601 instant
 * @param escorts for a proposed hand-over: the escorting officers and vehicles
 */
public record TransferStepMessage(
        @NotBlank @Size(max = Payload.SUBJECT) String subject,
        @NotNull @Size(max = Payload.BODY) String body,
        @Nullable @Size(max = Payload.TEXT) String reference,
        @NotBlank @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") String transfer,
        @Min(1) @Max(10_000) int sequence,
        @NotNull StepAction action,
        @Min(1) @Max(12) int position,
        @Nullable @Pattern(regexp = "APPROVE|REFUSE|ASK_FOR_DOCUMENTS") String decision,
        @Nullable @Size(max = 4000) String note,
        @Nullable @Pattern(regexp = "CONTINUED_ENFORCEMENT|CONVERSION") String adaptation,
        @Nullable @Min(0) @Max(36_600) Integer daysToServe,
        @Nullable @Size(max = 200) String prisonerName,
        @Nullable @Size(max = 200) String prisonerNativeName,
        @Nullable @Pattern(regexp = "[A-Z]{2}") String nationality,
        @Nullable @Pattern(regexp = "FEMALE|MALE") String sex,
        @Nullable @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}") String bornOn,
        @Nullable @Size(max = 2000) String offences,
        @Nullable @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}") String releaseOn,
        @Nullable @Min(0) @Max(36_600) Integer daysLeft,
        @Nullable @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}") String countedOn,
        @Nullable @Size(max = 200) String checkpoint,
        @Nullable @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z") String handoverAt,
        @Nullable @Size(max = 2000) String escorts) implements Payload {

    /** A step with only what every step says; the withers add the rest. */
    public static TransferStepMessage of(String subject, String body, @Nullable String agreement, String transfer,
                                         int sequence, StepAction action, int position) {
        return new TransferStepMessage(subject, body, agreement, transfer, sequence, action, position, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same step with an answer: the decision, its reasons or documents, and an acceptance's adaptation. */
    public TransferStepMessage withDecision(@Nullable String decision, @Nullable String note, @Nullable String adaptation,
                                            @Nullable Integer daysToServe) {
        return new TransferStepMessage(subject, body, reference, transfer, sequence, action, position, decision, note,
                adaptation, daysToServe, prisonerName, prisonerNativeName, nationality, sex, bornOn, offences, releaseOn,
                daysLeft, countedOn, checkpoint, handoverAt, escorts);
    }

    /** The same step with what the receiving state needs of the prisoner (never health data). */
    public TransferStepMessage withPrisoner(String name, @Nullable String nativeName, String nationality, String sex,
                                            String bornOn, String offences, String releaseOn, int daysLeft,
                                            String countedOn) {
        return new TransferStepMessage(subject, body, reference, transfer, sequence, action, position, decision, note,
                adaptation, daysToServe, name, nativeName, nationality, sex, bornOn, offences, releaseOn, daysLeft,
                countedOn, checkpoint, handoverAt, escorts);
    }

    /** The same step with a proposed hand-over. */
    public TransferStepMessage withHandover(String checkpoint, String handoverAt, String escorts) {
        return new TransferStepMessage(subject, body, reference, transfer, sequence, action, position, decision, note,
                adaptation, daysToServe, prisonerName, prisonerNativeName, nationality, sex, bornOn, offences, releaseOn,
                daysLeft, countedOn, checkpoint, handoverAt, escorts);
    }
}
