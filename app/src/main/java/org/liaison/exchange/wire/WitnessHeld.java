package org.liaison.exchange.wire;

/** A witness's answer to an offer: the id of the origin's newest checkpoint it now holds, where the next offer starts. */
public record WitnessHeld(long checkpointId) {
}
