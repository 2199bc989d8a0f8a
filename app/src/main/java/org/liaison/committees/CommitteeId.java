package org.liaison.committees;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a committee on this node. */
public record CommitteeId(@JsonValue UUID value) {

    @JsonCreator
    public CommitteeId {
        if (value == null) {
            throw new InvalidInput("a committee id is required");
        }
    }

    public static CommitteeId random() {
        return new CommitteeId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input, never a stack trace. */
    public static CommitteeId parse(String value) {
        try {
            return new CommitteeId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a committee id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
