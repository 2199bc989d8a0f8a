package org.liaison.screening;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a hit on this node. */
public record HitId(@JsonValue UUID value) {

    @JsonCreator
    public HitId {
        if (value == null) {
            throw new InvalidInput("a hit id is required");
        }
    }

    public static HitId random() {
        return new HitId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input. */
    public static HitId parse(String value) {
        try {
            return new HitId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a hit id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
