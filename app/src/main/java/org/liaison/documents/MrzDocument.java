package org.liaison.documents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a zone says. Names are in the zone's Latin transliteration, fillers turned into single spaces.
 *
 * @param documentCode the one or two letters of the document code ({@code P}, {@code PN}, {@code ID}, {@code V})
 * @param nameTruncated whether the name fills its field to the last character, so it may have been cut
 * @param documentNumber the number without fillers, long numbers of TD1 and TD2 joined from the optional data
 * @param dateOfBirth null when unknown ({@code <}) or impossible (then a problem says so)
 * @param sex null when the character is none of F, M, X, {@code <} (then a problem says so)
 * @param optionalData the issuing state's optional data (TD3: the personal number), fillers removed
 * @param optionalData2 TD1's second optional field, empty for the other formats
 * @param problems failed check digits, impossible dates, unknown codes, invalid characters; empty when all verify
 */
public record MrzDocument(MrzFormat format, String documentCode, StateCode issuingState, String surname,
                          String givenNames, boolean nameTruncated, String documentNumber, StateCode nationality,
                          @Nullable LocalDate dateOfBirth, @Nullable Sex sex, @Nullable LocalDate expiry,
                          String optionalData, String optionalData2, List<MrzProblem> problems) {

    public MrzDocument {
        problems = List.copyOf(problems);
    }

    /** Given names then surname, as a person is usually called. */
    public String name() {
        return (givenNames + " " + surname).strip();
    }

    /** Whether every check digit, date, code and character verified. */
    public boolean verified() {
        return problems.isEmpty();
    }

    /** Whether the document is a visa rather than a travel document. */
    public boolean visa() {
        return format == MrzFormat.MRV_A || format == MrzFormat.MRV_B;
    }
}
