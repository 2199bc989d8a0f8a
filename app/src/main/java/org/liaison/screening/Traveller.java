package org.liaison.screening;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.screening.input.Fields;
import org.liaison.screening.input.Mrz;

/**
 * The person (or document, or vehicle) being screened, as the officer read it: a name in any script and
 * order, optionally the machine-readable zone pasted from the document reader, which fills what was left blank.
 */
public record Traveller(
        @Size(max = 200, message = "{screening.validation.size}") @Nullable String name,
        @Pattern(regexp = AlertDraft.DATE_OF_BIRTH, message = "{screening.validation.dateOfBirth}") @Nullable String dateOfBirth,
        @Pattern(regexp = "[A-Z]{2}", message = "{screening.validation.country}") @Nullable String nationality,
        @Nullable Gender gender,
        @Size(max = 40, message = "{screening.validation.size}") @Nullable String document,
        @Size(max = 20, message = "{screening.validation.size}") @Nullable String plate,
        @Size(max = 80, message = "{screening.validation.size}") @Nullable String checkpoint,
        @Size(max = Mrz.MAX_LENGTH, message = "{screening.validation.size}") @Nullable String mrz) {

    public Traveller {
        name = Fields.optional(name);
        dateOfBirth = Fields.optional(dateOfBirth);
        nationality = Fields.upper(nationality);
        document = Fields.upper(document);
        plate = Fields.upper(plate);
        checkpoint = Fields.optional(checkpoint);
        mrz = Fields.optional(mrz);
    }

    /** A traveller known by name alone. */
    public static Traveller named(String name) {
        return new Traveller(name, null, null, null, null, null, null, null);
    }

    public static Traveller blank() {
        return new Traveller(null, null, null, null, null, null, null, null);
    }

    /** Whether the officer gave nothing at all to screen by, not even an MRZ to read one from. */
    public boolean nothingGiven() {
        return !screenable() && mrz == null;
    }

    /** Whether there is anything to screen: a name, a document number or a plate. */
    boolean screenable() {
        return name != null || document != null || plate != null;
    }

    /** The traveller with blanks filled from a parsed MRZ; what was typed wins. */
    Traveller filledFrom(Mrz.MrzData data) {
        return new Traveller(name != null ? name : Fields.optional(data.name()),
                dateOfBirth != null ? dateOfBirth : data.dateOfBirth() == null ? null : data.dateOfBirth().toString(),
                nationality != null ? nationality : data.nationality(), gender != null ? gender : data.gender(),
                document != null ? document : Fields.optional(data.documentNumber()), plate, checkpoint, mrz);
    }
}
