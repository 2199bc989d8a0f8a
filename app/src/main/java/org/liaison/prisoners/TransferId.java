package org.liaison.prisoners;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a transfer case on this node. */
public record TransferId(@JsonValue UUID value) {

    @JsonCreator
    public TransferId {
        if (value == null) {
            throw new InvalidInput("a transfer id is required");
        }
    }

    public static TransferId random() {
        return new TransferId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input. */
    public static TransferId parse(String value) {
        try {
            return new TransferId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a transfer id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
