package org.liaison.identity;

import java.util.UUID;

/** Identity of an officer account on this node. */
public record OfficerId(UUID value) implements java.io.Serializable {

    public static OfficerId random() {
        return new OfficerId(UUID.randomUUID());
    }

    public static OfficerId parse(String text) {
        try {
            return new OfficerId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new org.liaison.shared.InvalidInput("not an officer id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
