package org.liaison.border;

import java.util.UUID;

import org.liaison.shared.InvalidInput;

public record CrossingId(UUID value) {

    public static CrossingId random() {
        return new CrossingId(UUID.randomUUID());
    }

    public static CrossingId parse(String text) {
        try {
            return new CrossingId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("no crossing has the id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
