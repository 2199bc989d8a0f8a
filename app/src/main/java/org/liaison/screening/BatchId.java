package org.liaison.screening;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a batch screening on this node. */
public record BatchId(@JsonValue UUID value) {

    @JsonCreator
    public BatchId {
        if (value == null) {
            throw new InvalidInput("a batch screening id is required");
        }
    }

    public static BatchId random() {
        return new BatchId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input. */
    public static BatchId parse(String value) {
        try {
            return new BatchId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a batch screening id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
