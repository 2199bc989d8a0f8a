package org.liaison.cases;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a case on this node. */
public record CaseId(@JsonValue UUID value) {

    @JsonCreator
    public CaseId {
        if (value == null) {
            throw new InvalidInput("a case id is required");
        }
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input, never a stack trace. */
    public static CaseId parse(String value) {
        try {
            return new CaseId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a case id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
