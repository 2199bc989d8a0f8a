package org.liaison.agreements;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.directory.AgencyId;
import org.liaison.shared.InvalidInput;

/**
 * A party to an agreement: a state (its ISO code, {@code KH}) or an agency ({@code KH/MOI}). A party stands
 * for itself and everything below it, so a ministry's MoU covers its general departments.
 */
public record Party(@JsonValue String value) {

    private static final Pattern VALID = Pattern.compile("[A-Z]{2}|" + AgencyId.PATTERN);

    @JsonCreator
    public Party {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInput("a party is a country code (KH) or an agency id (KH/MOI)");
        }
    }

    public static Party of(String value) {
        return new Party(value);
    }

    public boolean isState() {
        return value.length() == 2;
    }

    public String country() {
        return value.substring(0, 2);
    }

    /** Whether an officer or message of this agency acts within this party. */
    public boolean covers(AgencyId agency) {
        var id = agency.value();
        return id.equals(value) || id.startsWith(value + "/");
    }

    @Override
    public String toString() {
        return value;
    }
}
