package org.liaison.screening;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies an alert on this node. */
public record AlertId(@JsonValue UUID value) {

    @JsonCreator
    public AlertId {
        if (value == null) {
            throw new InvalidInput("an alert id is required");
        }
    }

    public static AlertId random() {
        return new AlertId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input. */
    public static AlertId parse(String value) {
        try {
            return new AlertId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not an alert id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
