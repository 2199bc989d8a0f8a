package org.liaison.audit;

/**
 * A checkpoint of a node's chain as a partner (the witness) received and keeps it: signed by the node, held
 * outside its reach. The node cannot take back what it sent, so its chain must still match every head it gave.
 */
public record WitnessHead(String witness, Checkpoint checkpoint) {
}
