package org.liaison.directory;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/** A federation node's id: its country's ISO code, a dash and a short name, e.g. {@code KH-1}. */
public record NodeId(@JsonValue String value) {

    public static final String PATTERN = "[A-Z]{2}-[A-Z0-9]{1,16}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    @JsonCreator
    public NodeId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInput("a node id looks like KH-1");
        }
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    /** The ISO 3166-1 alpha-2 code of the node's country. */
    public String country() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
