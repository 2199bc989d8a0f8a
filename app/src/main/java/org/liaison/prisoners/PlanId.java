package org.liaison.prisoners;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a repatriation plan on this node. */
public record PlanId(@JsonValue UUID value) {

    @JsonCreator
    public PlanId {
        if (value == null) {
            throw new InvalidInput("a plan id is required");
        }
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input. */
    public static PlanId parse(String value) {
        try {
            return new PlanId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a plan id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
