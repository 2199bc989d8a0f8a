package org.liaison.committees;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a decision on this node. */
public record DecisionId(@JsonValue UUID value) {

    @JsonCreator
    public DecisionId {
        if (value == null) {
            throw new InvalidInput("a decision id is required");
        }
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input, never a stack trace. */
    public static DecisionId parse(String value) {
        try {
            return new DecisionId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a decision id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
