package org.liaison.prisoners;

import org.liaison.shared.InvalidInput;

/**
 * How the receiving state will enforce the sentence (Convention on the Transfer of Sentenced Persons, art. 9-11):
 * it continues the sentence as imposed, or converts it into one of its own law, never longer than what is left.
 *
 * @param daysToServe the term the prisoner will serve at home, in days
 */
public record Adaptation(Kind kind, int daysToServe) {

    public enum Kind { CONTINUED_ENFORCEMENT, CONVERSION }

    public Adaptation {
        if (kind == null) {
            throw new InvalidInput("say how the sentence will be enforced");
        }
        if (daysToServe < 0) {
            throw new InvalidInput("the term to serve cannot be negative");
        }
    }

    /**
     * The adaptation of a sentence with {@code daysLeft}: continued enforcement serves exactly what is left, a
     * conversion may shorten it but never aggravate it.
     */
    public static Adaptation of(Kind kind, @org.jspecify.annotations.Nullable Integer daysToServe, long daysLeft) {
        if (kind == Kind.CONTINUED_ENFORCEMENT) {
            return new Adaptation(kind, (int) daysLeft);
        }
        if (daysToServe == null || daysToServe > daysLeft) {
            throw new InvalidInput("a converted sentence is at most the " + daysLeft + " days left");
        }
        return new Adaptation(kind, daysToServe);
    }
}
