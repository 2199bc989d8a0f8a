package org.liaison.exchange;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** A thread of messages (a request and its replies); messages of one conversation are delivered in order. */
public record ConversationId(@JsonValue UUID value) {

    @JsonCreator
    public ConversationId {
        if (value == null) {
            throw new InvalidInput("a conversation id is required");
        }
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
