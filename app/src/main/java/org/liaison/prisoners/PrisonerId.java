package org.liaison.prisoners;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a prisoner's record on this node. */
public record PrisonerId(@JsonValue UUID value) {

    @JsonCreator
    public PrisonerId {
        if (value == null) {
            throw new InvalidInput("a prisoner id is required");
        }
    }

    public static PrisonerId random() {
        return new PrisonerId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input. */
    public static PrisonerId parse(String value) {
        try {
            return new PrisonerId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a prisoner id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
