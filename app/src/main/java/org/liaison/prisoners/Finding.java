package org.liaison.prisoners;

import java.util.List;

/**
 * One condition assessed: met, not met, or waived on humanitarian grounds, with what a page needs to say why
 * ({@code args}: the nationality and receiving state, the months left and the minimum…).
 */
public record Finding(Rule rule, Outcome outcome, List<String> args) {

    public Finding {
        args = List.copyOf(args);
    }

    public enum Outcome {
        MET, NOT_MET, WAIVED;

        public boolean passes() {
            return this != NOT_MET;
        }
    }

    /** The message key that says this finding ({@code prisoners.rule.CONSENT.NOT_MET}). */
    public String messageKey() {
        return "prisoners.rule." + rule + "." + outcome;
    }
}
