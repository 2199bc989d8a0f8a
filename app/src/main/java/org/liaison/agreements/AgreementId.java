package org.liaison.agreements;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/**
 * An agreement's reference, the same on every party's node so that a clause named in a message means the
 * same thing to sender and receiver, e.g. {@code KH-LA-SEC-2022}.
 */
public record AgreementId(@JsonValue String value) {

    public static final String PATTERN = "[A-Z0-9][A-Z0-9-]{2,39}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    @JsonCreator
    public AgreementId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInput("agreements.error.id", "an agreement reference is 3–40 capital letters, digits and dashes, e.g. KH-LA-SEC-2022");
        }
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
