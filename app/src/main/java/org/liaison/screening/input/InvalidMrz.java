package org.liaison.screening.input;

import org.liaison.shared.InvalidInput;

/**
 * A pasted MRZ that cannot be read. The API answers its message; pages show the problem, with its argument,
 * in the officer's language.
 */
public final class InvalidMrz extends InvalidInput {

    /** What is wrong with the text. */
    public enum Problem {
        TOO_LONG, ALPHABET, SHAPE
    }

    private final Problem problem;
    private final String argument;

    InvalidMrz(Problem problem, String argument, String message) {
        super(message);
        this.problem = problem;
        this.argument = argument;
    }

    public Problem problem() {
        return problem;
    }

    /** The length or the shape found, as the message names it. */
    public String argument() {
        return argument;
    }
}
