package org.liaison.exchange;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** A message's id, the same on the sender's and the receiver's node. */
public record MessageId(@JsonValue UUID value) {

    @JsonCreator
    public MessageId {
        if (value == null) {
            throw new InvalidInput("a message id is required");
        }
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    public static MessageId parse(String text) {
        try {
            return new MessageId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("a message id is a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
