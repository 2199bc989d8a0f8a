package org.liaison.border.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.liaison.border.Crossing;
import org.liaison.border.CrossingDraft;
import org.liaison.border.CrossingId;
import org.liaison.border.InvalidCrossing;
import org.liaison.directory.Checkpoint;
import org.liaison.documents.Mrz;
import org.liaison.documents.MrzReading;

/**
 * The rules a crossing obeys before it is screened or saved, one place for the form, the API and the import:
 * a readable zone, a checkpoint of the directory on the recording country's border, a time not in the future.
 */
public final class CrossingRules {

    /** Clocks of readers and officers' devices drift; a crossing a little ahead of the node's clock is accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private CrossingRules() {
    }

    /** The draft with the holder's blanks filled from its zone, or the zone's refusal. */
    public static FilledDraft fill(CrossingDraft draft) {
        if (draft.mrz() == null || draft.mrz().isBlank()) {
            return new FilledDraft(draft, java.util.List.of());
        }
        return switch (Mrz.read(draft.mrz())) {
            case MrzReading.Read(var document) -> new FilledDraft(draft.filledFrom(document), document.problems());
            case MrzReading.Refused refused -> throw new InvalidCrossing("mrz." + refused.reason().name(),
                    refused.text(), refused.detail());
        };
    }

    /** Refuses what no crossing may be; {@code checkpoint} is the directory's answer for the draft's checkpoint. */
    public static Crossing validate(CrossingDraft draft, java.util.Optional<Checkpoint> checkpoint, String country,
                                    String agency, String officer, Instant now, ZoneId zone, Crossing.Source source) {
        if (draft.checkpoint() == null) {
            throw new InvalidCrossing("checkpoint.missing", "choose the checkpoint of the crossing");
        }
        var place = checkpoint.orElseThrow(() -> new InvalidCrossing("checkpoint.unknown",
                "the directory has no checkpoint " + draft.checkpoint(), draft.checkpoint()));
        if (!place.touches(country)) {
            throw new InvalidCrossing("checkpoint.foreign", "checkpoint " + place.pair() + " " + place.a().name()
                    + " is not on a border of " + country, place.a().name());
        }
        if (draft.direction() == null || draft.purpose() == null) {
            throw new InvalidCrossing("directionAndPurpose", "say whether the holder enters or leaves, and why");
        }
        var crossedAt = draft.crossedAt() == null ? now : draft.crossedAt().atZone(zone).toInstant();
        if (crossedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidCrossing("future", "a crossing cannot be recorded before it happens");
        }
        if (draft.dateOfBirth() != null && draft.dateOfBirth().isAfter(now.atZone(zone).toLocalDate())) {
            throw new InvalidCrossing("bornInFuture", "the date of birth is in the future");
        }
        if (blank(draft.surname()) || blank(draft.documentNumber())) {
            throw new InvalidCrossing("holder", "give the holder's surname and document number, or paste the MRZ");
        }
        return new Crossing(CrossingId.random(), agency, place.id(), draft.direction(), draft.purpose(), crossedAt,
                draft.surname().strip(), draft.givenNames() == null ? "" : draft.givenNames().strip(),
                trimmed(draft.nameInScript()), draft.nationality(), draft.dateOfBirth(), draft.sex(),
                draft.documentNumber().strip(), draft.documentIssuer(), draft.documentExpiry(),
                trimmed(draft.plate()), trimmed(draft.goods()), officer, now, source);
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @org.jspecify.annotations.Nullable String trimmed(@org.jspecify.annotations.Nullable String text) {
        return blank(text) ? null : text.strip();
    }

    /** A draft after its zone was read, and what the reader found wrong in the zone. */
    public record FilledDraft(CrossingDraft draft, java.util.List<org.liaison.documents.MrzProblem> problems) {
    }
}
