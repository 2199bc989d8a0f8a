package org.liaison.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A seizure to record. The unit must be one the item counts in, wildlife must name a species (and nothing else
 * may), a value comes with its currency, and quantities are positive with at most three decimals.
 */
public record SeizureDraft(
        @NotNull(message = "{cases.validation.required}") @Nullable SeizedItem item,
        @Nullable Species species,
        @NotNull(message = "{cases.validation.required}") @Positive(message = "{cases.validation.positive}")
        @DecimalMax(value = "99999999999", message = "{cases.validation.tooLarge}")
        @Digits(integer = 11, fraction = 3, message = "{cases.validation.digits}") @Nullable BigDecimal quantity,
        @NotNull(message = "{cases.validation.required}") @Nullable Unit unit,
        @PositiveOrZero(message = "{cases.validation.positive}")
        @Digits(integer = 14, fraction = 2, message = "{cases.validation.digits}") @Nullable BigDecimal estimatedValue,
        @Pattern(regexp = CURRENCIES, message = "{cases.validation.currency}") @Nullable String currency,
        @NotNull(message = "{cases.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate seizedOn,
        @Size(max = 60, message = "{cases.validation.size}") @Nullable String lot) {

    /** The currencies of the region's seizure reports. */
    public static final String CURRENCIES = "USD|KHR|LAK|VND|THB|CNY|EUR";

    public SeizureDraft {
        currency = Texts.optional(currency);
        lot = Texts.optional(lot);
    }

    public static SeizureDraft empty() {
        return new SeizureDraft(null, null, null, null, null, null, null, null);
    }

    /** The rules between the fields, in the order an officer would fix them; refused as invalid input. */
    public void requireConsistent(LocalDate today) {
        var what = java.util.Objects.requireNonNull(item);
        if (!what.countsIn(java.util.Objects.requireNonNull(unit))) {
            throw new InvalidInput(what + " is counted in " + what.units() + ", not " + unit);
        }
        if (what.needsSpecies() != (species != null)) {
            throw new InvalidInput(what.needsSpecies() ? "name the species of the wildlife seized"
                    : "only wildlife names a species");
        }
        if ((estimatedValue == null) != (currency == null)) {
            throw new InvalidInput("an estimated value needs its currency, and a currency its value");
        }
        if (java.util.Objects.requireNonNull(seizedOn).isAfter(today)) {
            throw new InvalidInput("the seizure date is in the future: today is " + today);
        }
    }
}
