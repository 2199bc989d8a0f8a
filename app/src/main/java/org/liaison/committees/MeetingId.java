package org.liaison.committees;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** Identifies a meeting on this node. */
public record MeetingId(@JsonValue UUID value) {

    @JsonCreator
    public MeetingId {
        if (value == null) {
            throw new InvalidInput("a meeting id is required");
        }
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    /** Parses a path or form value; anything but a UUID is refused as invalid input, never a stack trace. */
    public static MeetingId parse(String value) {
        try {
            return new MeetingId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("not a meeting id: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
