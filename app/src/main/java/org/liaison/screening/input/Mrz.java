package org.liaison.screening.input;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.documents.MrzDocument;
import org.liaison.documents.MrzProblem;
import org.liaison.documents.MrzReading;
import org.liaison.documents.Sex;
import org.liaison.documents.StateCode;
import org.liaison.screening.Gender;
import org.liaison.screening.MrzNote;

/**
 * Screening's view of a pasted machine-readable zone, read by the one reader of the documents module: text that
 * is no zone is refused with the reason, failed check digits and impossible dates become notes, since an officer
 * may still want to screen the name.
 */
public final class Mrz {

    public static final int MAX_LENGTH = org.liaison.documents.Mrz.MAX_LENGTH;

    private Mrz() {
    }

    public static MrzData parse(String text) {
        return switch (org.liaison.documents.Mrz.read(text)) {
            case MrzReading.Read(var document) -> data(document);
            case MrzReading.Refused refused -> throw new CodedInvalidInput("mrz." + refused.reason().name(),
                    refused.text(), refused.detail());
        };
    }

    private static MrzData data(MrzDocument document) {
        var notes = document.problems().stream().map(Mrz::note).filter(java.util.Objects::nonNull).toList();
        return new MrzData(document.surname(), document.givenNames(), document.documentNumber(),
                document.nationality().country(), document.issuingState().country(), document.dateOfBirth(),
                gender(document.sex()), document.expiry(), notes);
    }

    /** The problems screening tells the officer about; unknown codes already leave the nationality blank. */
    private static @Nullable MrzNote note(MrzProblem problem) {
        var code = switch (problem.kind()) {
            case CHECK_DIGIT -> MrzNote.Code.CHECK_DIGIT;
            case NO_SUCH_DATE -> MrzNote.Code.NO_SUCH_DATE;
            case UNKNOWN_CODE, INVALID_CHARACTERS -> null;
        };
        var field = switch (problem.field()) {
            case DOCUMENT_NUMBER -> MrzNote.Field.DOCUMENT_NUMBER;
            case DATE_OF_BIRTH -> MrzNote.Field.DATE_OF_BIRTH;
            case EXPIRY_DATE -> MrzNote.Field.EXPIRY_DATE;
            case OPTIONAL_DATA -> MrzNote.Field.OPTIONAL_DATA;
            case COMPOSITE -> MrzNote.Field.COMPOSITE;
            case ISSUING_STATE, NATIONALITY, SEX, NAME -> null;
        };
        return code == null || field == null ? null : new MrzNote(code, field, problem.value());
    }

    private static @Nullable Gender gender(@Nullable Sex sex) {
        return sex == null ? null : switch (sex) {
            case FEMALE -> Gender.FEMALE;
            case MALE -> Gender.MALE;
            case UNSPECIFIED -> null;
        };
    }

    /** The ISO 3166 alpha-2 code of an alpha-3 code (KHM gives KH), or null. */
    public static @Nullable String alpha2(String alpha3) {
        return StateCode.alpha2(alpha3);
    }

    /**
     * What the zone says. Names are in the MRZ's Latin transliteration; {@code problems} lists failed check
     * digits and impossible dates.
     */
    public record MrzData(String surname, String givenNames, String documentNumber, @Nullable String nationality,
                          @Nullable String issuingState, @Nullable LocalDate dateOfBirth, @Nullable Gender gender,
                          @Nullable LocalDate expiry, List<MrzNote> problems) {

        public String name() {
            return (givenNames + " " + surname).strip();
        }
    }
}
