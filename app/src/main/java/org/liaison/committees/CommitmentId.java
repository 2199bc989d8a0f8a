package org.liaison.committees;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a commitment on this node. */
public record CommitmentId(@JsonValue UUID value) {

    @JsonCreator
    public CommitmentId {
        if (value == null) {
            throw new InvalidInput("a commitment id is required");
        }
    }

    public static CommitmentId random() {
        return new CommitmentId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input, never a stack trace. */
    public static CommitmentId parse(String value) {
        try {
            return new CommitmentId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a commitment id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
