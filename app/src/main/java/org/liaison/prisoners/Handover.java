package org.liaison.prisoners;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The hand-over of a transferred prisoner at a border checkpoint: proposed by the sending state with the escorts,
 * agreed by the receiving state, then confirmed by both, the sending side that it handed the prisoner over
 * (officers, documents, property) and the receiving side that it took them.
 *
 * @param checkpoint the checkpoint's name on both sides, as the directory gives it
 * @param handedOver what the sending side recorded at the hand-over (officers, documents, property)
 * @param received what the receiving side recorded when it took the prisoner
 */
public record Handover(String checkpoint, Instant at, String escorts, State state, @Nullable String handedOver,
                       @Nullable String received) {

    public enum State {
        PROPOSED, AGREED, HANDED_OVER, RECEIVED
    }

    Handover moved(State next, @Nullable String handedOver, @Nullable String received) {
        return new Handover(checkpoint, at, escorts, next, handedOver, received);
    }
}
